package org.cciais.platform.certificate.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateRequestStatus;
import org.cciais.platform.certificate.CertificateRequestView;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.StatusChange;
import org.cciais.platform.certificate.internal.CertificateFileChecks;
import org.cciais.platform.certificate.internal.CertificateSheets;
import org.cciais.platform.certificate.internal.CertificateSheets.Sheet;
import org.cciais.platform.certificate.web.CertificateExportColumns;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.LocalText;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.ErrorHandling;
import org.cciais.platform.shared.web.ApiPages;
import org.cciais.platform.shared.web.ExcelExport;
import org.cciais.platform.shared.web.ListExports;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Certificates over the REST API: the enterprise's own list and PDFs, the public verification (查询中心), and the
 * association's search (also as .xlsx, asked with {@code Accept: }{@value ExcelExport#CONTENT_TYPE}), suspension,
 * restoration, revocation and decisions on cancellation requests.
 */
@RestController
@RequestMapping("/api/v1")
class CertificateApiController {

	/** One certificate in the enterprise's list; {@code statusReason} says why it is 失效 or expired. */
	record CertificateSummary(long id, String number, Industry industry, Level level, CertificateStatus status,
			LocalDate issuedOn, LocalDate expiresOn, LocalText industryName, LocalText levelName, LocalText statusLabel,
			LocalText statusReason, Instant statusSince, Long replacedById, String replacedBy) {

		static CertificateSummary of(CertificateView c) {
			return new CertificateSummary(c.id(), c.number(), c.industry(), c.level(), c.status(), c.issuedOn(),
					c.expiresOn(), LocalText.of(c.industry()), LocalText.of(c.level()), LocalText.of(c.status()), c.reason(),
					c.statusSince(), c.replacedById(), c.replacedByNumber());
		}
	}

	/**
	 * What the public may see: only what the certificate itself prints, plus its status, since when and why, the
	 * successor of a replaced certificate and the status history (without who changed it).
	 */
	record Verification(String number, String enterpriseName, Industry industry, Level level,
			CertificateStatus status, LocalDate issuedOn, LocalDate expiresOn, LocalText industryName, LocalText levelName,
			LocalText statusLabel, LocalText statusReason, Instant statusSince, String replacedBy,
			List<HistoryEntry> history) {

		static Verification of(CertificateView c, List<StatusChange> history) {
			return new Verification(c.number(), c.copy().enterpriseName(), c.industry(), c.level(), c.status(),
					c.issuedOn(), c.expiresOn(), LocalText.of(c.industry()), LocalText.of(c.level()), LocalText.of(c.status()),
					c.reason(), c.statusSince(), c.replacedByNumber(),
					history.stream().map(HistoryEntry::of).toList());
		}
	}

	/** One step of the public status history. */
	record HistoryEntry(Instant at, CertificateStatus status, LocalText statusLabel, LocalText reason) {

		static HistoryEntry of(StatusChange change) {
			return new HistoryEntry(change.at(), change.status(), LocalText.of(change.status()), change.reason());
		}
	}

	/** A status change by the association or a decision on a request. */
	record Reasoned(String reason, String opinion) {
	}

	/** A holder's cancellation request as the API shows it. */
	record CertificateRequestSummary(long id, long certificateId, String certificateNumber, long enterpriseId,
			String enterpriseName, String kind, CertificateRequestStatus status, LocalText statusLabel, String reason,
			Instant requestedAt, Instant decidedAt, String opinion) {

		static CertificateRequestSummary of(CertificateRequestView r) {
			return new CertificateRequestSummary(r.id(), r.certificateId(), r.certificateNumber(), r.enterpriseId(),
					r.enterpriseName(), r.kind(), r.status(), LocalText.of(r.status()), r.reason(), r.requestedAt(),
					r.decidedAt(), r.opinion());
		}
	}

	/** The association's view of a certificate in its search. */
	record AdminCertificate(long id, String number, long enterpriseId, String enterpriseName, String creditCode,
			Industry industry, Level level, CertificateStatus status, LocalText statusReason, LocalDate issuedOn,
			LocalDate expiresOn, LocalText statusLabel, Instant statusSince, String replacedBy) {

		static AdminCertificate of(CertificateView c) {
			return new AdminCertificate(c.id(), c.number(), c.enterpriseId(), c.copy().enterpriseName(),
					c.copy().creditCode(), c.industry(), c.level(), c.status(), c.reason(), c.issuedOn(),
					c.expiresOn(), LocalText.of(c.status()), c.statusSince(), c.replacedByNumber());
		}
	}

	record Revocation(String reason) {
	}

	private final CertificateQueries certificates;
	private final ListExports exports;
	private final CertificateManagement management;
	private final CertificateSheets sheets;
	private final CertificateFileChecks files;
	private final ErrorHandling errors;

	CertificateApiController(CertificateQueries certificates, CertificateManagement management, CertificateSheets sheets,
			CertificateFileChecks files, ErrorHandling errors, ListExports exports) {
		this.exports = exports;
		this.certificates = certificates;
		this.management = management;
		this.sheets = sheets;
		this.files = files;
		this.errors = errors;
	}

	@GetMapping("/certificates")
	@PreAuthorize("hasRole('ENTERPRISE')")
	ResponseEntity<List<CertificateSummary>> mine(ListParams list, PlatformPrincipal me,
			jakarta.servlet.http.HttpServletRequest request) {
		return ApiPages.of(certificates.ofEnterprise(me.requireEnterpriseId(), list.api(CertificateQueries.ENTERPRISE_SORT))
			.map(CertificateSummary::of), request);
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
		return certificates.byNumber(number).map(this::verification)
			.orElseThrow(() -> new NotFoundException("certificate.verify.notFound"));
	}

	/** Public: by enterprise name, exact or prefix (at least two characters); possibly empty. */
	@GetMapping(path = "/certificates/verify", params = { "name", "!number" })
	ResponseEntity<List<Verification>> verifyByName(@RequestParam String name, ListParams list,
			jakarta.servlet.http.HttpServletRequest request) {
		if (name.trim().length() < 2) {
			throw new InvalidInputException("name", "certificate.verify.queryRequired");
		}
		return ApiPages.of(certificates.byEnterpriseName(name, list.api(CertificateQueries.BY_NAME_SORT)).map(this::verification),
				request);
	}

	/** What checking an uploaded certificate file found; {@code certificate} only for a genuine file. */
	record FileVerification(CertificateFileChecks.Outcome outcome, boolean genuine, String message, String number,
			Verification certificate) {
	}

	/**
	 * Public: 验证证书文件. Multipart {@code file} (a PDF, at most 10 MB, read from the stream, not stored): whether it is
	 * a genuine, unaltered certificate file of this platform and, if so, the certificate's current status.
	 */
	@PostMapping(path = "/certificates/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	FileVerification verifyFile(@RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "certificate.file.required");
		}
		try (InputStream in = file.getInputStream()) {
			CertificateFileChecks.Result result = files.check(in);
			return new FileVerification(result.outcome(), result.genuine(),
					errors.message("certificate.file.outcome." + result.outcome().name(), result.number()),
					result.number(), result.certificate() == null ? null : verification(result.certificate()));
		}
	}

	@GetMapping(path = "/certificates/verify", params = { "!number", "!name" })
	Verification verifyWithoutQuery() {
		throw new InvalidInputException("number", "certificate.verify.queryRequired");
	}

	@GetMapping("/admin/certificates")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<List<AdminCertificate>> search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) CertificateStatus status, ListParams list,
			jakarta.servlet.http.HttpServletRequest request) {
		return ApiPages.of(certificates.search(text, status, list.api(CertificateQueries.ADMIN_SORT)).map(AdminCertificate::of),
				request);
	}

	/** The same search as an .xlsx: every certificate it keeps, in the asked sort. */
	@GetMapping(path = "/admin/certificates", produces = ExcelExport.CONTENT_TYPE)
	@PreAuthorize("hasRole('ADMIN')")
	void export(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) CertificateStatus status, ListParams list, PlatformPrincipal me,
			jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws IOException {
		exports.write("certificates", list, CertificateQueries.ADMIN_SORT, p -> certificates.search(text, status, p),
				CertificateExportColumns.columns(), me, request, response);
	}

	@PostMapping("/admin/certificates/{id}/revoke")
	@PreAuthorize("hasRole('ADMIN')")
	AdminCertificate revoke(@PathVariable long id, @RequestBody Revocation body, PlatformPrincipal me) {
		return AdminCertificate.of(management.revoke(id, body.reason(), me));
	}

	@PostMapping("/admin/certificates/{id}/suspend")
	@PreAuthorize("hasRole('ADMIN')")
	AdminCertificate suspend(@PathVariable long id, @RequestBody(required = false) Reasoned body,
			PlatformPrincipal me) {
		return AdminCertificate.of(management.suspend(id, body == null ? null : body.reason(), me));
	}

	@PostMapping("/admin/certificates/{id}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	AdminCertificate restore(@PathVariable long id, @RequestBody(required = false) Reasoned body,
			PlatformPrincipal me) {
		return AdminCertificate.of(management.restore(id, body == null ? null : body.reason(), me));
	}

	/** 申请注销: the enterprise asks to cancel one of its certificates (another enterprise's → 404). */
	@PostMapping("/certificates/{id}/cancellation")
	@PreAuthorize("hasRole('ENTERPRISE')")
	@ResponseStatus(HttpStatus.CREATED)
	CertificateRequestSummary requestCancellation(@PathVariable long id,
			@RequestBody(required = false) Reasoned body, PlatformPrincipal me) {
		return CertificateRequestSummary
			.of(management.requestCancellation(id, body == null ? null : body.reason(), me));
	}

	/** The enterprise's own cancellation requests, newest first. */
	@GetMapping("/certificate-requests")
	@PreAuthorize("hasRole('ENTERPRISE')")
	ResponseEntity<List<CertificateRequestSummary>> myRequests(ListParams list, PlatformPrincipal me,
			jakarta.servlet.http.HttpServletRequest request) {
		return ApiPages.of(management.requestsOf(me.requireEnterpriseId(), list.api(CertificateManagement.REQUEST_SORT))
			.map(CertificateRequestSummary::of), request);
	}

	@GetMapping("/admin/certificate-requests")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<List<CertificateRequestSummary>> requests(
			@RequestParam(required = false) CertificateRequestStatus status, ListParams list,
			jakarta.servlet.http.HttpServletRequest request) {
		return ApiPages.of(management
			.requests(status == null ? Set.of() : Set.of(status), list.api(CertificateManagement.REQUEST_SORT))
			.map(CertificateRequestSummary::of), request);
	}

	@PostMapping("/admin/certificate-requests/{id}/confirm")
	@PreAuthorize("hasRole('ADMIN')")
	CertificateRequestSummary confirm(@PathVariable long id, @RequestBody(required = false) Reasoned body,
			PlatformPrincipal me) {
		return CertificateRequestSummary.of(management.confirm(id, body == null ? null : body.opinion(), me));
	}

	@PostMapping("/admin/certificate-requests/{id}/decline")
	@PreAuthorize("hasRole('ADMIN')")
	CertificateRequestSummary decline(@PathVariable long id, @RequestBody(required = false) Reasoned body,
			PlatformPrincipal me) {
		return CertificateRequestSummary.of(management.decline(id, body == null ? null : body.opinion(), me));
	}

	private Verification verification(CertificateView c) {
		return Verification.of(c, management.history(c.id()));
	}

	private CertificateView visibleTo(long id, PlatformPrincipal me) {
		if (me.is(Role.ADMIN)) {
			return certificates.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		}
		return certificates.getForEnterprise(id, me.requireEnterpriseId());
	}
}
