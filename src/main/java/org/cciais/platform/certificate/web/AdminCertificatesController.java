package org.cciais.platform.certificate.web;

import java.io.IOException;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateRequestStatus;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.internal.CertificateSheets;
import org.cciais.platform.certificate.internal.CertificateSheets.Sheet;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ErrorHandling;
import org.cciais.platform.shared.web.ListExports;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 证书管理 for the association: search every certificate, preview its sheets, suspend, restore or revoke one with a
 * reason, and confirm or decline the holders' cancellation requests; the search's result as an Excel file.
 */
@Controller
@RequestMapping("/admin/certificates")
@PreAuthorize("hasRole('ADMIN')")
class AdminCertificatesController {

	private final CertificateQueries certificates;
	private final CertificateManagement management;
	private final CertificateSheets sheets;
	private final ErrorHandling errors;
	private final ListExports exports;

	AdminCertificatesController(CertificateQueries certificates, CertificateManagement management,
			CertificateSheets sheets, ErrorHandling errors, ListExports exports) {
		this.exports = exports;
		this.certificates = certificates;
		this.management = management;
		this.sheets = sheets;
		this.errors = errors;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) CertificateStatus status, ListParams list, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("q", text == null ? "" : text.trim());
		model.addAttribute("status", status);
		model.addAttribute("states", CertificateStatus.values());
		var page = certificates.search(text, status, list.page(CertificateQueries.ADMIN_SORT, request));
		model.addAttribute("page", page);
		model.addAttribute("certificates", page.getContent());
		// pending first, then the latest decisions
		var pending = management.requests(Set.of(CertificateRequestStatus.PENDING));
		var decided = management
			.requests(Set.of(CertificateRequestStatus.CONFIRMED, CertificateRequestStatus.DECLINED))
			.stream()
			.limit(20)
			.toList();
		model.addAttribute("requests", java.util.stream.Stream.concat(pending.stream(), decided.stream()).toList());
		return "certificate/admin-certificates";
	}

	/** Every certificate the search keeps, in the page's sort, as an Excel file. */
	@GetMapping(params = ListExports.PARAM)
	void export(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) CertificateStatus status, ListParams list, PlatformPrincipal me,
			jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws IOException {
		exports.write("certificates", list, CertificateQueries.ADMIN_SORT, p -> certificates.search(text, status, p),
				CertificateExportColumns.columns(), me, request, response);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam(required = false) String reason, PlatformPrincipal me,
			RedirectAttributes redirect) {
		try {
			CertificateView revoked = management.revoke(id, reason, me);
			redirect.addFlashAttribute("success", errors.message("certificate.page.revoke.done", revoked.number()));
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (PlatformException ex) {
			redirect.addFlashAttribute("failure", errors.message(ex.messageKey(), ex.args()));
		}
		return "redirect:/admin/certificates";
	}

	@PostMapping("/{id}/suspend")
	String suspend(@PathVariable long id, @RequestParam(required = false) String reason, PlatformPrincipal me,
			RedirectAttributes redirect) {
		return act(redirect, () -> errors.message("certificate.page.suspend.done",
				management.suspend(id, reason, me).number()));
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, @RequestParam(required = false) String reason, PlatformPrincipal me,
			RedirectAttributes redirect) {
		return act(redirect, () -> errors.message("certificate.page.restore.done",
				management.restore(id, reason, me).number()));
	}

	@PostMapping("/requests/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam(required = false) String opinion,
			@RequestParam(required = false) String from, PlatformPrincipal me, RedirectAttributes redirect) {
		return back(from, act(redirect, () -> errors.message("certificate.page.confirm.done",
				management.confirm(id, opinion, me).certificateNumber())));
	}

	@PostMapping("/requests/{id}/decline")
	String decline(@PathVariable long id, @RequestParam(required = false) String opinion,
			@RequestParam(required = false) String from, PlatformPrincipal me, RedirectAttributes redirect) {
		return back(from, act(redirect, () -> errors.message("certificate.page.decline.done",
				management.decline(id, opinion, me).certificateNumber())));
	}

	/** A request decided from 全部注销申请 returns there; from anywhere else (or nowhere), to 证书管理. */
	private static String back(String from, String view) {
		return REQUESTS.equals(from) ? "redirect:" + REQUESTS : view;
	}

	private static final String REQUESTS = "/admin/certificates/requests";

	/** Runs the change; its result or the refusal (in the reader's language) is shown on the list. Unknown ids stay 404. */
	private String act(RedirectAttributes redirect, Supplier<String> change) {
		try {
			redirect.addFlashAttribute("success", change.get());
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (PlatformException ex) {
			redirect.addFlashAttribute("failure", errors.message(ex.messageKey(), ex.args()));
		}
		return "redirect:/admin/certificates";
	}

	@GetMapping("/{id}/original.pdf")
	void original(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
			HttpServletResponse response) throws IOException {
		sheets.stream(get(id), Sheet.ORIGINAL, download, response);
	}

	@GetMapping("/{id}/copy.pdf")
	void copy(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
			HttpServletResponse response) throws IOException {
		sheets.stream(get(id), Sheet.COPY, download, response);
	}

	private CertificateView get(long id) {
		return certificates.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
	}
}
