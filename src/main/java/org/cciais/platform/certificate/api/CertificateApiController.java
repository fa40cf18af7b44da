package org.cciais.platform.certificate.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.Certificates;
import org.cciais.platform.certificate.internal.CertificateSheets;
import org.cciais.platform.certificate.internal.CertificateSheets.Sheet;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certificates over the REST API: the enterprise's own list and PDFs, the public verification (查询中心), and the
 * association's search and revocation.
 */
@RestController
@RequestMapping("/api/v1")
class CertificateApiController {

	/** One certificate in the enterprise's list; {@code statusReason} says why it is 失效 or expired. */
	record CertificateSummary(long id, String number, Industry industry, Level level, CertificateStatus status,
			LocalDate issuedOn, LocalDate expiresOn, String industryName, String levelName, String statusLabel,
			String statusReason, Long replacedById, String replacedBy) {

		static CertificateSummary of(CertificateView c) {
			return new CertificateSummary(c.id(), c.number(), c.industry(), c.level(), c.status(), c.issuedOn(),
					c.expiresOn(), c.industry().label(), c.level().label(), c.status().label(), c.invalidReason(),
					c.replacedById(), c.replacedByNumber());
		}
	}

	/**
	 * What the public may see: only what the certificate itself prints, plus its status; {@code replacedBy} is the
	 * number of the successor of a REPLACED certificate (a renewal), else null.
	 */
	record Verification(String number, String enterpriseName, Industry industry, Level level,
			CertificateStatus status, LocalDate issuedOn, LocalDate expiresOn, String industryName, String levelName,
			String statusLabel, String statusReason, String replacedBy) {

		static Verification of(CertificateView c) {
			return new Verification(c.number(), c.copy().enterpriseName(), c.industry(), c.level(), c.status(),
					c.issuedOn(), c.expiresOn(), c.industry().label(), c.level().label(), c.status().label(),
					c.invalidReason(), c.replacedByNumber());
		}
	}

	/** The association's view of a certificate in its search. */
	record AdminCertificate(long id, String number, long enterpriseId, String enterpriseName, String creditCode,
			Industry industry, Level level, CertificateStatus status, String statusReason, LocalDate issuedOn,
			LocalDate expiresOn) {

		static AdminCertificate of(CertificateView c) {
			return new AdminCertificate(c.id(), c.number(), c.enterpriseId(), c.copy().enterpriseName(),
					c.copy().creditCode(), c.industry(), c.level(), c.status(), c.invalidReason(), c.issuedOn(),
					c.expiresOn());
		}
	}

	record Revocation(String reason) {
	}

	private final Certificates certificates;
	private final CertificateSheets sheets;

	CertificateApiController(Certificates certificates, CertificateSheets sheets) {
		this.certificates = certificates;
		this.sheets = sheets;
	}

	@GetMapping("/certificates")
	@PreAuthorize("hasRole('ENTERPRISE')")
	List<CertificateSummary> mine(PlatformPrincipal me) {
		return certificates.ofEnterprise(me.requireEnterpriseId()).stream().map(CertificateSummary::of).toList();
	}

	@GetMapping("/certificates/{id}/original.pdf")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	void original(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
			PlatformPrincipal me, HttpServletResponse response) throws IOException {
		sheets.stream(visibleTo(id, me), Sheet.ORIGINAL, download, response);
	}

	@GetMapping("/certificates/{id}/copy.pdf")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	void copy(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download, PlatformPrincipal me,
			HttpServletResponse response) throws IOException {
		sheets.stream(visibleTo(id, me), Sheet.COPY, download, response);
	}

	/** Public: by number (one certificate or 404). */
	@GetMapping(path = "/certificates/verify", params = "number")
	Verification verify(@RequestParam String number) {
		return certificates.byNumber(number).map(Verification::of)
			.orElseThrow(() -> new NotFoundException("certificate.verify.notFound"));
	}

	/** Public: by enterprise name, exact or prefix (at least two characters); possibly empty. */
	@GetMapping(path = "/certificates/verify", params = { "name", "!number" })
	List<Verification> verifyByName(@RequestParam String name) {
		if (name.trim().length() < 2) {
			throw new InvalidInputException("name", "certificate.verify.queryRequired");
		}
		return certificates.byEnterpriseName(name).stream().map(Verification::of).toList();
	}

	@GetMapping(path = "/certificates/verify", params = { "!number", "!name" })
	Verification verifyWithoutQuery() {
		throw new InvalidInputException("number", "certificate.verify.queryRequired");
	}

	@GetMapping("/admin/certificates")
	@PreAuthorize("hasRole('ADMIN')")
	List<AdminCertificate> search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) CertificateStatus status) {
		return certificates.search(text, status, 200).stream().map(AdminCertificate::of).toList();
	}

	@PostMapping("/admin/certificates/{id}/revoke")
	@PreAuthorize("hasRole('ADMIN')")
	AdminCertificate revoke(@PathVariable long id, @RequestBody Revocation body, PlatformPrincipal me) {
		return AdminCertificate.of(certificates.revoke(id, body.reason(), me));
	}

	private CertificateView visibleTo(long id, PlatformPrincipal me) {
		if (me.is(Role.ADMIN)) {
			return certificates.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		}
		return certificates.getForEnterprise(id, me.requireEnterpriseId());
	}
}
