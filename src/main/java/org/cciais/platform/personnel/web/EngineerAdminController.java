package org.cciais.platform.personnel.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.personnel.EngineerManagement;
import org.cciais.platform.personnel.EngineerView;
import org.cciais.platform.personnel.ImportReport;
import org.cciais.platform.personnel.NewEngineer;
import org.cciais.platform.personnel.internal.EngineerImportTemplate;
import org.cciais.platform.shared.IdNumbers;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ErrorHandling;
import org.cciais.platform.shared.web.Languages;
import org.cciais.platform.shared.web.ListExports;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工程师登记 for the association: list and search, register one, import a CSV, see one entry in full, export the list
 * or a search to Excel.
 */
@Controller
@RequestMapping("/admin/engineers")
@PreAuthorize("hasRole('ADMIN')")
class EngineerAdminController {

	private final EngineerManagement registry;
	private final EnterpriseQueries enterprises;
	private final ErrorHandling errors;
	private final ListExports exports;
	private final EngineerExportColumns columns;

	EngineerAdminController(EngineerManagement registry, EnterpriseQueries enterprises, ErrorHandling errors,
			ListExports exports, EngineerExportColumns columns) {
		this.exports = exports;
		this.columns = columns;
		this.registry = registry;
		this.enterprises = enterprises;
		this.errors = errors;
	}

	/**
	 * The registry, newest first, or filtered by name or certificate number. A 身份证号 never travels in a URL: a
	 * query that looks like one is ignored here, the search form posts to {@link #search}.
	 */
	@GetMapping
	String list(@RequestParam(name = "q", required = false) String text, ListParams list, Model model,
			HttpServletRequest request) {
		return show(IdNumbers.looksLikeOne(text) ? null : text,
				list.page(EngineerManagement.SORT, request), model);
	}

	/**
	 * The search form, by POST so that a full 身份证号 stays out of the address bar, history and access logs; its
	 * answer is the first page (the pager's links carry no form field).
	 */
	@PostMapping("/search")
	String search(@RequestParam(name = "q", required = false) String text, Model model) {
		// the 导出 Excel button of this answer posts the query again (see exportSearch)
		model.addAttribute("postedQuery", text == null ? "" : text.trim());
		return listing(text, model);
	}

	/** The registry (or a search by name or certificate number) as an Excel file, the 身份证号 masked. */
	@GetMapping(params = ListExports.PARAM)
	void export(@RequestParam(name = "q", required = false) String text, ListParams list, PlatformPrincipal me,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		String query = IdNumbers.looksLikeOne(text) ? null : text;
		exports.write("engineers", list, EngineerManagement.SORT, p -> registry.search(query, p), columns.columns(), me,
				request, response);
	}

	/** A search by POST (a full 身份证号 among them) as an Excel file: the number stays out of the address. */
	@PostMapping(path = "/search", params = ListExports.PARAM)
	void exportSearch(@RequestParam(name = "q", required = false) String text, ListParams list, PlatformPrincipal me,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		exports.write("engineers", list, EngineerManagement.SORT, p -> registry.search(text, p), columns.columns(), me,
				request, response);
	}


	/**
	 * The empty import file with the header in the reader's language (both are accepted on import), as CSV (UTF-8
	 * with BOM) or as an Excel workbook.
	 */
	@GetMapping("/template.csv")
	void csvTemplate(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				attachment(errors.message("personnel.import.template.file", "csv")));
		EngineerImportTemplate.writeCsv(response.getOutputStream(), english());
	}

	@GetMapping("/template.xlsx")
	void xlsxTemplate(HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				attachment(errors.message("personnel.import.template.file", "xlsx")));
		EngineerImportTemplate.writeXlsx(response.getOutputStream(), english(),
				errors.message("personnel.import.template.sheet"));
	}

	private static boolean english() {
		return Languages.ENGLISH.equals(Languages.supported(LocaleContextHolder.getLocale()));
	}

	private static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString();
	}

	private String listing(String text, Model model) {
		return show(text, PageRequest.of(0, ListParams.PAGE_DEFAULT_SIZE, EngineerManagement.SORT.resolve(null)), model);
	}

	private String show(String text, Pageable pageable, Model model) {
		model.addAttribute("q", text == null ? "" : text.trim());
		var page = registry.search(text, pageable);
		var engineers = page.getContent();
		model.addAttribute("page", page);
		model.addAttribute("engineers", engineers);
		Map<Long, String> enterpriseNames = new HashMap<>();
		engineers.stream().filter(EngineerView::bound).forEach(e -> enterpriseNames.computeIfAbsent(
				e.boundEnterpriseId(), id -> enterprises.find(id).map(EnterpriseView::name).orElse("—")));
		model.addAttribute("enterpriseNames", enterpriseNames);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewEngineer("", "", "", "", Boolean.FALSE));
		}
		return "personnel/admin-engineers";
	}

	@PostMapping
	String register(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String name,
			@RequestParam(required = false) String certificateNumber,
			@RequestParam(required = false) String recommendingCreditCode,
			@RequestParam(defaultValue = "false") boolean hasCapabilityCertificate, PlatformPrincipal me, Model model,
			RedirectAttributes redirect) {
		NewEngineer form = new NewEngineer(idNumber, name, certificateNumber, recommendingCreditCode,
				hasCapabilityCertificate);
		try {
			EngineerView saved = registry.register(form, me);
			redirect.addFlashAttribute("success",
					errors.message("personnel.registry.registered", saved.name(), saved.certificateNumber()));
			return "redirect:/admin/engineers";
		}
		catch (InvalidInputException invalid) {
			Map<String, String> fieldErrors = new HashMap<>();
			invalid.problems().forEach(p -> fieldErrors.putIfAbsent(p.field(), errors.message(p.messageKey(), p.args())));
			model.addAttribute("fieldErrors", fieldErrors);
		}
		catch (PlatformException refused) {
			model.addAttribute("fieldErrors", Map.of(refused.field() == null ? "idNumber" : refused.field(),
					errors.message(refused.messageKey(), refused.args())));
		}
		model.addAttribute("form", form);
		model.addAttribute("failure", errors.message("personnel.registry.failed"));
		return listing(null, model);
	}

	@PostMapping("/import")
	String importCsv(@RequestParam(name = "file", required = false) MultipartFile file, PlatformPrincipal me,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("importError", errors.message("personnel.import.fileRequired"));
			return listing(null, model);
		}
		ImportReport report;
		try (InputStream in = file.getInputStream()) {
			report = registry.importCsv(in, me);
		}
		if (report.succeeded()) {
			redirect.addFlashAttribute("success", errors.message("personnel.import.done", report.imported()));
			return "redirect:/admin/engineers";
		}
		model.addAttribute("importReport", report);
		model.addAttribute("importFileName", file.getOriginalFilename());
		return listing(null, model);
	}

	/** One entry with the full 身份证号: the view is written to the audit log. */
	@GetMapping("/{id}")
	String one(@PathVariable long id, PlatformPrincipal me, Model model) {
		EngineerView engineer = registry.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		model.addAttribute("engineer", engineer);
		model.addAttribute("idNumber", registry.revealIdNumber(id, me));
		model.addAttribute("recommendingEnterprise",
				enterprises.findByCreditCode(engineer.recommendingCreditCode()).map(EnterpriseView::name).orElse(null));
		model.addAttribute("boundEnterprise", engineer.bound()
				? enterprises.find(engineer.boundEnterpriseId()).map(EnterpriseView::name).orElse("—") : null);
		return "personnel/admin-engineer";
	}
}
