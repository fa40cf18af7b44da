package org.cciais.platform.personnel.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.personnel.EngineerManagement;
import org.cciais.platform.personnel.EngineerView;
import org.cciais.platform.personnel.ImportReport;
import org.cciais.platform.personnel.NewEngineer;
import org.cciais.platform.personnel.web.EngineerExportColumns;
import org.cciais.platform.shared.IdNumbers;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ApiPages;
import org.cciais.platform.shared.web.ErrorHandling;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The association's engineer registry over the API; the list (GET, or the search by POST) also as .xlsx, asked with
 * {@code Accept: }{@value ExcelExport#CONTENT_TYPE}, the 身份证号 masked.
 */
@RestController
@RequestMapping("/api/v1/admin/engineers")
@PreAuthorize("hasRole('ADMIN')")
class EngineerAdminApiController {

	/** A registry entry with the ID number masked; {@code idNumber} only when asked for one entry (audited). */
	record RegisteredEngineer(long id, String name, String idNumberMasked, String idNumber, String certificateNumber,
			String recommendingCreditCode, boolean hasCapabilityCertificate, Long boundEnterpriseId,
			LocalDate boundOn) {

		static RegisteredEngineer of(EngineerView e, String idNumber) {
			return new RegisteredEngineer(e.id(), e.name(), e.idNumberMasked(), idNumber, e.certificateNumber(),
					e.recommendingCreditCode(), e.hasCapabilityCertificate(), e.boundEnterpriseId(), e.boundOn());
		}
	}

	private final EngineerManagement registry;
	private final ListExports exports;
	private final EngineerExportColumns columns;
	private final ErrorHandling errors;

	EngineerAdminApiController(EngineerManagement registry, ListExports exports, EngineerExportColumns columns,
			ErrorHandling errors) {
		this.errors = errors;
		this.registry = registry;
		this.exports = exports;
		this.columns = columns;
	}

	@PostMapping
	ResponseEntity<RegisteredEngineer> register(@RequestBody NewEngineer body, PlatformPrincipal me) {
		return ResponseEntity.status(HttpStatus.CREATED).body(RegisteredEngineer.of(registry.register(body, me), null));
	}

	/** The search by POST: {@code {q}}: a name, a certificate number or a full 身份证号, which stays out of URLs. */
	record Search(String q) {
	}

	/**
	 * By name or certificate number. A full 身份证号 is refused here with 400 (pointing at {@code POST …/search}):
	 * it must not travel in a URL, where access logs and proxies keep it.
	 */
	@GetMapping
	ResponseEntity<List<RegisteredEngineer>> search(@RequestParam(name = "q", required = false) String text,
			ListParams list, HttpServletRequest request) {
		if (IdNumbers.looksLikeOne(text)) {
			throw new InvalidInputException("q", "personnel.search.idNumberInUrl");
		}
		return found(text, list, request);
	}

	/** The same list as an .xlsx (the 身份证号 masked); a full 身份证号 in the URL is refused as above. */
	@GetMapping(produces = ExcelExport.CONTENT_TYPE)
	void export(@RequestParam(name = "q", required = false) String text, ListParams list, PlatformPrincipal me,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (IdNumbers.looksLikeOne(text)) {
			throw new InvalidInputException("q", "personnel.search.idNumberInUrl");
		}
		exports.write("engineers", list, EngineerManagement.SORT, p -> registry.search(text, p), columns.columns(), me,
				request, response);
	}

	/** The search by POST as an .xlsx. */
	@PostMapping(path = "/search", produces = ExcelExport.CONTENT_TYPE)
	void exportSearch(@RequestBody(required = false) Search body, ListParams list, PlatformPrincipal me,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		String text = body == null ? null : body.q();
		exports.write("engineers", list, EngineerManagement.SORT, p -> registry.search(text, p), columns.columns(), me,
				request, response);
	}

	/** Paged as the GET is ({@code page}, {@code size}, {@code sort} as query parameters); the text in the body. */
	@PostMapping("/search")
	ResponseEntity<List<RegisteredEngineer>> searchByPost(@RequestBody(required = false) Search body, ListParams list,
			HttpServletRequest request) {
		return found(body == null ? null : body.q(), list, request);
	}


	private ResponseEntity<List<RegisteredEngineer>> found(String text, ListParams list, HttpServletRequest request) {
		return ApiPages.of(registry.search(text, list.api(EngineerManagement.SORT)).map(e -> RegisteredEngineer.of(e, null)),
				request);
	}

	@GetMapping("/{id}")
	RegisteredEngineer one(@PathVariable long id, PlatformPrincipal me) {
		EngineerView engineer = registry.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		return RegisteredEngineer.of(engineer, registry.revealIdNumber(id, me));
	}

	/** Multipart {@code file}: the CSV. 200 with the count, or 400 listing each refused row (nothing imported). */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportReport importCsv(@RequestPart(name = "file", required = false) MultipartFile file, PlatformPrincipal me)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "personnel.import.fileRequired");
		}
		ImportReport report;
		try (InputStream in = file.getInputStream()) {
			report = registry.importCsv(in, me);
		}
		if (!report.succeeded()) {
			var collector = new InvalidInputException.Collector();
			report.problems().forEach(p -> collector.reject(errors.message("personnel.import.location", p.line())
					+ (p.column() == null ? "" : " " + p.column()), p.message()));
			collector.throwIfAny();
		}
		return report;
	}
}
