package org.cciais.platform.certificate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cciais.platform.certificate.internal.Certificate;
import org.cciais.platform.certificate.internal.CertificateRepository;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Certificates as the rest of the platform reads them (changed by {@link CertificateManagement}). */
@Service
@Transactional
public class CertificateQueries {

	private final CertificateRepository repository;

	CertificateQueries(CertificateRepository repository) {
		this.repository = repository;
	}

	@Transactional(readOnly = true)
	public Optional<CertificateView> find(long id) {
		return repository.findById(id).map(Certificate::toView);
	}

	/** Scoped to the enterprise: another enterprise's certificate is "not found". */
	@Transactional(readOnly = true)
	public CertificateView getForEnterprise(long id, long enterpriseId) {
		return repository.findByIdAndEnterpriseId(id, enterpriseId)
			.map(Certificate::toView)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	/** Sortable columns of 证书查询; unsorted, the latest issued first (as it always was). */
	public static final Sortable ENTERPRISE_SORT = Sortable
		.by(Sort.by(Sort.Order.desc("issuedOn"), Sort.Order.desc("id")))
		.field("number")
		.field("industry")
		.field("level")
		.field("status")
		.field("issuedOn")
		.field("expiresOn")
		.shownAs("issuedOn", Sort.Direction.DESC);

	/** One page of {@link #ofEnterprise(long)}, in the database; see {@link #ENTERPRISE_SORT}. */
	@Transactional(readOnly = true)
	public Page<CertificateView> ofEnterprise(long enterpriseId, Pageable pageable) {
		return repository.findByEnterpriseId(enterpriseId, pageable).map(Certificate::toView);
	}

	@Transactional(readOnly = true)
	public List<CertificateView> ofEnterprise(long enterpriseId) {
		return repository.findByEnterprise(enterpriseId).stream().map(Certificate::toView).toList();
	}

	@Transactional(readOnly = true)
	public Optional<CertificateView> byNumber(String number) {
		return number == null ? Optional.empty()
				: repository.findByNumber(number.trim().toUpperCase()).map(Certificate::toView);
	}

	@Transactional(readOnly = true)
	public Optional<CertificateView> byApplication(long applicationId) {
		return repository.findByApplicationId(applicationId).map(Certificate::toView);
	}

	/** VALID certificates whose expiry day lies in [from, to], soonest first (for the renewal reminders). */
	@Transactional(readOnly = true)
	public List<CertificateView> validExpiringBetween(LocalDate from, LocalDate to) {
		return repository.findValidExpiringBetween(from, to).stream().map(Certificate::toView).toList();
	}

	/** Sortable columns of the public search by name; unsorted, by name then the latest issued (as it always was). */
	public static final Sortable BY_NAME_SORT = Sortable
		.by(Sort.by(Sort.Order.asc("enterpriseName"), Sort.Order.desc("issuedOn"), Sort.Order.desc("id")))
		.field("number")
		.field("enterpriseName")
		.field("issuedOn")
		.field("expiresOn");

	/**
	 * Public look-up by enterprise name, exact or prefix: one page of the certificates whose enterprise name starts
	 * with {@code name} (empty below two characters), in the database; see {@link #BY_NAME_SORT}.
	 */
	@Transactional(readOnly = true)
	public Page<CertificateView> byEnterpriseName(String name, Pageable pageable) {
		if (name == null || name.trim().length() < 2) {
			return Page.empty(pageable);
		}
		return repository.pageByEnterpriseNamePrefix(CertificateRepository.likeEscaped(name.trim()), pageable)
			.map(Certificate::toView);
	}

	/** Sortable columns of the admin certificate list; unsorted, the newest first (as it always was). */
	public static final Sortable ADMIN_SORT = Sortable.by(Sort.by(Sort.Order.desc("id")))
		.field("number")
		.field("enterpriseName")
		.field("industry")
		.field("level")
		.field("status")
		.field("issuedOn")
		.field("expiresOn");

	/**
	 * ADMIN search over number, enterprise name and credit code (contains, case-insensitive for the number) in the
	 * given status (every status when null); blank text lists all. One page in the database; see {@link #ADMIN_SORT}.
	 */
	@Transactional(readOnly = true)
	public Page<CertificateView> search(String text, CertificateStatus status, Pageable pageable) {
		String typed = CertificateRepository.likeEscaped(text == null ? "" : text.trim());
		var states = status == null ? EnumSet.allOf(CertificateStatus.class) : EnumSet.of(status);
		return repository.searchPage(typed.toUpperCase(Locale.ROOT), typed, states, pageable).map(Certificate::toView);
	}
}
