package org.cciais.platform.personnel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cciais.platform.account.PersonIdentityQueries;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.personnel.internal.Engineer;
import org.cciais.platform.personnel.internal.EngineerRepository;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.IdNumbers;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PersonalDataCipher;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人员管理 (manual 3.6): an enterprise's bound engineers, binding by 身份证号 under the manual's conditions, and
 * unbinding; and a PERSON's own engineer certificate. Every bind and unbind is audited; ID numbers only masked.
 */
@Service
@Transactional
public class PersonnelManagement {

	private final EngineerRepository repository;
	private final EnterpriseQueries enterprises;
	private final PersonIdentityQueries persons;
	private final PersonalDataCipher cipher;
	private final CertificateQueries certificates;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PersonnelManagement(EngineerRepository repository, EnterpriseQueries enterprises, PersonIdentityQueries persons,
			PersonalDataCipher cipher, CertificateQueries certificates, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.enterprises = enterprises;
		this.persons = persons;
		this.certificates = certificates;
		this.cipher = cipher;
		this.events = events;
		this.clock = clock;
	}

	/** The engineers bound to the enterprise now, most recently bound first. */
	@Transactional(readOnly = true)
	public List<EngineerView> boundTo(long enterpriseId) {
		return repository.findBoundTo(enterpriseId).stream().map(this::view).toList();
	}

	/** Sortable columns of 人员管理; unsorted, the most recently bound first (as it always was). */
	public static final Sortable SORT = Sortable
		.by(Sort.by(Sort.Order.desc("boundOn"), Sort.Order.desc("id")))
		.field("name")
		.field("certificateNumber")
		.field("boundOn")
		.shownAs("boundOn", Sort.Direction.DESC);

	/** One page of {@link #boundTo}, in the database; see {@link #SORT}. */
	@Transactional(readOnly = true)
	public Page<EngineerView> boundTo(long enterpriseId, Pageable pageable) {
		return repository.findByBoundEnterpriseId(enterpriseId, pageable).map(this::view);
	}

	/** One of the enterprise's engineers (for 查看证书); another enterprise's engineer is "not found". */
	@Transactional(readOnly = true)
	public EngineerView getBound(long engineerId, long enterpriseId) {
		return repository.findByIdAndBoundEnterpriseId(engineerId, enterpriseId).map(this::view)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	/**
	 * 添加: binds the engineer with this 身份证号 to the enterprise of {@code me}. Refused (400) when the number is
	 * malformed or has no engineer certificate, and (409) when a binding rule forbids it, naming the rule.
	 */
	public EngineerView bind(String idNumber, PlatformPrincipal me) {
		long enterpriseId = me.requireEnterpriseId();
		String id = IdNumbers.normalize(idNumber);
		if (id == null || id.isEmpty()) {
			throw new InvalidInputException("idNumber", "personnel.idNumber.required");
		}
		if (!IdNumbers.isValid(id)) {
			throw new InvalidInputException("idNumber", "personnel.idNumber.invalid");
		}
		Engineer engineer = repository.findByIdNumberHash(cipher.hash(id))
			.orElseThrow(() -> new InvalidInputException("idNumber", "personnel.bind.noCertificate"));
		EnterpriseView enterprise = enterprises.get(enterpriseId);
		releaseFromLapsedEnterprise(engineer, enterpriseId, me);
		engineer.bindTo(enterpriseId, enterprise.creditCode(), LocalDate.now(clock));
		repository.saveAndFlush(engineer);
		events.publishEvent(AuditRecord.of(me, "personnel.bind", "engineer", engineer.getId(),
				"绑定工程师 " + engineer.getName() + "（" + IdNumbers.mask(id) + "，证书 " + engineer.getCertificateNumber()
						+ "）到 " + enterprise.name()));
		return engineer.toView(IdNumbers.mask(id));
	}

	/**
	 * Manual 3.6.2 ②: an engineer may be added when they have no other 获证企业. An enterprise that was certified but
	 * holds no valid certificate any more (all suspended, cancelled, revoked or expired) is no longer one, so its
	 * binding ends here as an unbinding would (the 岗位能力证书 rule then applies). An enterprise that never held a
	 * certificate keeps its engineers: it is still applying with them.
	 */
	private void releaseFromLapsedEnterprise(Engineer engineer, long enterpriseId, PlatformPrincipal me) {
		Long current = engineer.getBoundEnterpriseId();
		if (current == null || current == enterpriseId) {
			return;
		}
		List<CertificateView> held = certificates.ofEnterprise(current);
		if (held.isEmpty() || held.stream().anyMatch(c -> c.status().held())) {
			return;
		}
		engineer.unbindFrom(current);
		events.publishEvent(AuditRecord.of(me, "personnel.release", "engineer", engineer.getId(),
				"工程师 " + engineer.getName() + "（证书 " + engineer.getCertificateNumber() + "）原单位 "
						+ enterprises.get(current).name() + " 已无有效证书，解除其绑定"));
	}

	/** 删除: unbinds one of the enterprise's engineers; another enterprise's engineer is "not found". */
	public void unbind(long engineerId, PlatformPrincipal me) {
		long enterpriseId = me.requireEnterpriseId();
		Engineer engineer = repository.findByIdAndBoundEnterpriseId(engineerId, enterpriseId)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		engineer.unbindFrom(enterpriseId);
		repository.saveAndFlush(engineer);
		events.publishEvent(AuditRecord.of(me, "personnel.unbind", "engineer", engineerId,
				"解绑工程师 " + engineer.getName() + "（证书 " + engineer.getCertificateNumber() + "）"));
	}

	/** The PERSON's own registry entry, matched by the 身份证号 of their registration; empty when none. */
	@Transactional(readOnly = true)
	public Optional<PersonEngineerCertificate> ofPerson(long accountId) {
		return persons.idNumberHash(accountId)
			.flatMap(repository::findByIdNumberHash)
			.map(e -> new PersonEngineerCertificate(e.getName(), cipher.decrypt(e.getIdNumberEncrypted()),
					e.getCertificateNumber(), e.hasCapabilityCertificate(),
					e.getBoundEnterpriseId() == null ? null
							: enterprises.find(e.getBoundEnterpriseId()).map(EnterpriseView::name).orElse(null),
					e.getBoundOn()));
	}

	private EngineerView view(Engineer e) {
		return e.toView(IdNumbers.mask(cipher.decrypt(e.getIdNumberEncrypted())));
	}
}
