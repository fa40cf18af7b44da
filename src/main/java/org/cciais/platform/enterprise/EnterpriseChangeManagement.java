package org.cciais.platform.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.cciais.platform.enterprise.internal.Enterprise;
import org.cciais.platform.enterprise.internal.EnterpriseChange;
import org.cciais.platform.enterprise.internal.EnterpriseChanges;
import org.cciais.platform.enterprise.internal.EnterpriseRepository;
import org.cciais.platform.shared.AnnualInspectionWindows;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.ForbiddenException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PayloadTooLargeException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.UnsupportedFileException;
import org.cciais.platform.shared.web.Languages;
import org.cciais.platform.shared.web.Sortable;
import org.cciais.platform.storage.FileKind;
import org.cciais.platform.storage.FileStore;
import org.cciais.platform.storage.StoredFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * 变更申请 (issue 10 item 8): outside the annual inspection windows the enterprise asks to change its 副本 data (name,
 * registered address, legal representative, registered capital, unit type) with 变更证明 and the new 营业执照 (PDF);
 * the association passes it (the registration data, the licence and, through {@link EnterpriseDataChanged}, the
 * 副本 of every valid certificate change) or fails it with an opinion (the enterprise uploads the files again). One
 * open change per enterprise; every step audited.
 */
@Service
@Transactional
public class EnterpriseChangeManagement {

	private static final int OPINION_MAX = 2000;

	private final EnterpriseChanges changes;
	private final EnterpriseRepository enterprises;
	private final AnnualInspectionWindows inspections;
	private final FileStore files;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	private final UnitTypeQueries unitTypes;
	private final MessageSource messages;

	EnterpriseChangeManagement(EnterpriseChanges changes, EnterpriseRepository enterprises,
			AnnualInspectionWindows inspections, FileStore files, ApplicationEventPublisher events, Clock clock,
			UnitTypeQueries unitTypes, MessageSource messages) {
		this.unitTypes = unitTypes;
		this.messages = messages;
		this.changes = changes;
		this.enterprises = enterprises;
		this.inspections = inspections;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** Submits a change; 400 for bad fields or missing files, 409 during an annual inspection or with one open. */
	public ChangeView apply(ChangeData requested, MultipartFile changeProof, MultipartFile licence,
			PlatformPrincipal me) {
		requireRole(me, Role.ENTERPRISE);
		Enterprise enterprise = enterprises.findById(me.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		ChangeData data = normalised(requested);
		ChangeData before = current(enterprise.toView());
		var errors = new InvalidInputException.Collector();
		if (data == null) {
			errors.reject("name", "error.required");
			errors.throwIfAny();
		}
		// the type the enterprise registered with stays allowed after it was retired
		EnterpriseRegistration.checkCopyFields(errors, data.name(), data.unitType(),
				t -> unitTypes.offers(t) || t.equals(before.unitType()), data.registeredCapital(),
				data.legalRepresentative(), data.registeredAddress());
		requireFiles(errors, changeProof, licence);
		if (!errors.has("name") && same(data, before)) {
			errors.reject("name", "enterprise.change.unchanged");
		}
		errors.throwIfAny();
		if (inspections.inProgress(enterprise.getId())) {
			throw new ConflictException("enterprise.change.duringInspection");
		}
		if (changes.findByEnterpriseIdOrderBySubmittedAtDescIdDesc(enterprise.getId())
			.stream()
			.anyMatch(c -> c.toView().status() != ChangeStatus.PASSED)) {
			throw new ConflictException("enterprise.change.open");
		}
		StoredFile proof = storePdf("changeProof", changeProof, me);
		StoredFile newLicence = storePdf("licence", licence, me);
		EnterpriseChange change;
		try {
			change = changes.saveAndFlush(new EnterpriseChange(enterprise.getId(), data, before, proof.id(),
					newLicence.id(), clock.instant()));
		}
		catch (DataIntegrityViolationException concurrent) {
			files.delete(proof.id());
			files.delete(newLicence.id());
			throw new ConflictException("enterprise.change.open");
		}
		events.publishEvent(AuditRecord.of(me, "enterprise.change.submit", "enterprise-change", change.getId(),
				"提交变更申请：" + describe(before, data)));
		events.publishEvent(new EnterpriseChangeProgressed(enterprise.getId(), change.getId(),
				EnterpriseChangeProgressed.Step.SUBMITTED, null, clock.instant()));
		return change.toView();
	}

	/** 整改: the enterprise uploads 变更证明 and 营业执照 again after a failed review. */
	public ChangeView rectify(long id, MultipartFile changeProof, MultipartFile licence, PlatformPrincipal me) {
		requireRole(me, Role.ENTERPRISE);
		EnterpriseChange change = changes.findById(id)
			.filter(c -> c.getEnterpriseId() == me.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		var errors = new InvalidInputException.Collector();
		requireFiles(errors, changeProof, licence);
		errors.throwIfAny();
		if (change.toView().status() != ChangeStatus.RECTIFICATION) {
			throw new ConflictException("enterprise.change.state",
					new DefaultMessageSourceResolvable("enterprise.change.action.rectify"), change.toView().status());
		}
		StoredFile proof = storePdf("changeProof", changeProof, me);
		StoredFile newLicence = storePdf("licence", licence, me);
		for (UUID replaced : change.rectify(proof.id(), newLicence.id(), clock.instant())) {
			files.delete(replaced);
		}
		changes.flush();
		events.publishEvent(AuditRecord.of(me, "enterprise.change.rectify", "enterprise-change", id,
				"重新上传变更证明和营业执照"));
		events.publishEvent(new EnterpriseChangeProgressed(change.getEnterpriseId(), id,
				EnterpriseChangeProgressed.Step.RECTIFIED, null, clock.instant()));
		return change.toView();
	}

	/** 审核通过 (ADMIN): the registration data, licence and valid certificates' 副本 take the new data. */
	public ChangeView pass(long id, String opinion, PlatformPrincipal admin) {
		EnterpriseChange change = forDecision(id, admin);
		String text = opinion(opinion, false);
		Instant now = clock.instant();
		change.pass(admin.username(), text, now);
		Enterprise enterprise = enterprises.findById(change.getEnterpriseId())
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		enterprise.applyChange(change.data(), change.getLicenceFileId());
		changes.flush();
		ChangeView view = change.toView();
		events.publishEvent(AuditRecord.of(admin, "enterprise.change.pass", "enterprise-change", id,
				"变更申请通过：" + describe(view.before(), view.data()) + (text == null ? "" : "；意见：" + text)));
		events.publishEvent(new EnterpriseDataChanged(change.getEnterpriseId(), id, change.data()));
		events.publishEvent(new EnterpriseChangeProgressed(change.getEnterpriseId(), id,
				EnterpriseChangeProgressed.Step.PASSED, text, now));
		return view;
	}

	/** 审核不通过 (ADMIN), opinion required: the enterprise rectifies by uploading the files again. */
	public ChangeView fail(long id, String opinion, PlatformPrincipal admin) {
		EnterpriseChange change = forDecision(id, admin);
		String text = opinion(opinion, true);
		change.fail(admin.username(), text, clock.instant());
		changes.flush();
		events.publishEvent(AuditRecord.of(admin, "enterprise.change.fail", "enterprise-change", id,
				"变更申请不通过：" + text));
		events.publishEvent(new EnterpriseChangeProgressed(change.getEnterpriseId(), id,
				EnterpriseChangeProgressed.Step.FAILED, text, clock.instant()));
		return change.toView();
	}

	@Transactional(readOnly = true)
	public List<ChangeView> mine(PlatformPrincipal me) {
		requireRole(me, Role.ENTERPRISE);
		return changes.findByEnterpriseIdOrderBySubmittedAtDescIdDesc(me.requireEnterpriseId())
			.stream()
			.map(EnterpriseChange::toView)
			.toList();
	}

	/** The passed changes, newest first: the history shown on the 副本 page. */
	@Transactional(readOnly = true)
	public List<ChangeView> history(long enterpriseId) {
		return changes.findByEnterpriseIdAndStatusOrderByDecidedAtDescIdDesc(enterpriseId, ChangeStatus.PASSED)
			.stream()
			.map(EnterpriseChange::toView)
			.toList();
	}

	/**
	 * Sortable columns of the change lists. Unsorted, the admin's list shows the waiting ones first, then the newest
	 * (as it always did), the enterprise's the newest first.
	 */
	public static final Sortable SORT = Sortable.by(Sort.unsorted())
		.field("submittedAt")
		.field("status")
		.field("decidedAt");

	/** One page of {@link #mine(PlatformPrincipal)}, in the database; see {@link #SORT}. */
	@Transactional(readOnly = true)
	public Page<ChangeView> mine(PlatformPrincipal me, Pageable pageable) {
		requireRole(me, Role.ENTERPRISE);
		Pageable ordered = pageable.getSort().isSorted() ? pageable
				: PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
						Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id")));
		return changes.findByEnterpriseId(me.requireEnterpriseId(), ordered).map(EnterpriseChange::toView);
	}

	/** ADMIN's list, one page: unsorted, the waiting ones first, then the newest; see {@link #SORT}. */
	@Transactional(readOnly = true)
	public Page<ChangeView> forReview(PlatformPrincipal admin, Pageable pageable) {
		requireRole(admin, Role.ADMIN);
		return (pageable.getSort().isSorted() ? changes.findAll(pageable) : changes.pageForReview(pageable))
			.map(EnterpriseChange::toView);
	}

	/** One change: ADMIN any, the enterprise its own, else 404. */
	@Transactional(readOnly = true)
	public ChangeView get(long id, PlatformPrincipal me) {
		return changes.findById(id)
			.filter(c -> me.is(Role.ADMIN) || (me.enterpriseId() != null && c.getEnterpriseId() == me.enterpriseId()))
			.map(EnterpriseChange::toView)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	private EnterpriseChange forDecision(long id, PlatformPrincipal admin) {
		requireRole(admin, Role.ADMIN);
		return changes.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	private static String opinion(String opinion, boolean required) {
		String text = opinion == null || opinion.isBlank() ? null : opinion.trim();
		if (required && text == null) {
			throw new InvalidInputException("opinion", "enterprise.change.opinionRequired");
		}
		if (text != null && text.length() > OPINION_MAX) {
			throw new InvalidInputException("opinion", "enterprise.text.tooLong", OPINION_MAX);
		}
		return text;
	}

	/** Stores one PDF of the form; a refusal names the form field, so the page puts it beside that file. */
	private StoredFile storePdf(String field, MultipartFile file, PlatformPrincipal me) {
		try {
			return files.store(file, Set.of(FileKind.PDF), me.username());
		}
		catch (UnsupportedFileException ex) {
			throw ex.forField(field);
		}
		catch (PayloadTooLargeException ex) {
			throw ex.forField(field);
		}
	}

	private static void requireFiles(InvalidInputException.Collector errors, MultipartFile proof,
			MultipartFile licence) {
		if (proof == null || proof.isEmpty()) {
			errors.reject("changeProof", "enterprise.change.proofRequired");
		}
		if (licence == null || licence.isEmpty()) {
			errors.reject("licence", "enterprise.licence.required");
		}
	}

	private static ChangeData normalised(ChangeData d) {
		if (d == null) {
			return null;
		}
		return new ChangeData(trim(d.name()), trim(d.registeredAddress()), trim(d.legalRepresentative()),
				d.registeredCapital(), trim(d.unitType()));
	}

	private static String trim(String s) {
		return s == null ? null : s.trim();
	}

	static ChangeData current(EnterpriseView e) {
		return new ChangeData(e.name(), e.registeredAddress(), e.legalRepresentative(), e.registeredCapital(),
				e.unitType());
	}

	private static boolean same(ChangeData a, ChangeData b) {
		return a.name().equals(b.name()) && a.registeredAddress().equals(b.registeredAddress())
				&& a.legalRepresentative().equals(b.legalRepresentative())
				&& a.registeredCapital().compareTo(b.registeredCapital()) == 0 && a.unitType().equals(b.unitType());
	}

	/** "企业名称：旧 → 新；…" for the fields that differ, in the reader's language (the audit log is Chinese). */
	public String describe(ChangeData before, ChangeData after, Locale locale) {
		Locale language = Languages.supported(locale);
		StringBuilder text = new StringBuilder();
		field(text, "name", before.name(), after.name(), language);
		field(text, "registeredAddress", before.registeredAddress(), after.registeredAddress(), language);
		field(text, "legalRepresentative", before.legalRepresentative(), after.legalRepresentative(), language);
		field(text, "registeredCapital", before.registeredCapital().stripTrailingZeros().toPlainString(),
				after.registeredCapital().stripTrailingZeros().toPlainString(), language);
		field(text, "unitType", before.unitType(), after.unitType(), language);
		return text.isEmpty() ? messages.getMessage("enterprise.change.unchangedShort", null, language)
				: text.toString();
	}

	private String describe(ChangeData before, ChangeData after) {
		return describe(before, after, Languages.CHINESE);
	}

	private void field(StringBuilder text, String field, String before, String after, Locale language) {
		if (before == null ? after != null : !before.equals(after)) {
			if (!text.isEmpty()) {
				text.append(messages.getMessage("enterprise.change.separator", null, language));
			}
			text.append(messages.getMessage("enterprise.change.diff", new Object[] {
					new DefaultMessageSourceResolvable("enterprise.change.field." + field), before, after }, language));
		}
	}

	private static void requireRole(PlatformPrincipal me, Role role) {
		if (me == null || me.role() != role) {
			throw new ForbiddenException("error.forbidden");
		}
	}
}
