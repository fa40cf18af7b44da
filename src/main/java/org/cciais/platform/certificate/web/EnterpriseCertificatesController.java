package org.cciais.platform.certificate.web;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateRequestStatus;
import org.cciais.platform.certificate.CertificateRequestView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.internal.CertificateSheets;
import org.cciais.platform.certificate.internal.CertificateSheets.Sheet;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.enterprise.EnterpriseChangeManagement;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ErrorHandling;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
 * 证书查询 (manual 3.5, figure 15): the enterprise's certificates with 正本 / 副本 preview and download, and its
 * requests to cancel (注销) one.
 */
@Controller
@RequestMapping("/enterprise/certificates")
@PreAuthorize("hasRole('ENTERPRISE')")
class EnterpriseCertificatesController {

	private final CertificateQueries certificates;
	private final CertificateManagement management;
	private final CertificateSheets sheets;
	private final ErrorHandling errors;
	private final EnterpriseChangeManagement changes;

	EnterpriseCertificatesController(CertificateQueries certificates, CertificateManagement management,
			CertificateSheets sheets, ErrorHandling errors, EnterpriseChangeManagement changes) {
		this.certificates = certificates;
		this.management = management;
		this.sheets = sheets;
		this.errors = errors;
		this.changes = changes;
	}

	@GetMapping
	String list(ListParams list, PlatformPrincipal me, Model model, jakarta.servlet.http.HttpServletRequest request) {
		return show(me, list.page(CertificateQueries.ENTERPRISE_SORT, request), model);
	}

	private String show(PlatformPrincipal me, Pageable pageable, Model model) {
		long enterpriseId = me.requireEnterpriseId();
		var requests = management.requestsOf(enterpriseId);
		var page = certificates.ofEnterprise(enterpriseId, pageable);
		model.addAttribute("page", page);
		model.addAttribute("certificates", page.getContent());
		model.addAttribute("requests", requests);
		model.addAttribute("pending", requests.stream()
			.filter(r -> r.status() == CertificateRequestStatus.PENDING)
			.map(CertificateRequestView::certificateId)
			.collect(Collectors.toSet()));
		// the history of the 副本 data (passed change applications)
		model.addAttribute("changes", changes.history(enterpriseId));
		return "certificate/enterprise-certificates";
	}

	/** 申请注销: refused input reopens the dialog with the reason kept and the problem beside it. */
	@PostMapping("/{id}/cancellation")
	String requestCancellation(@PathVariable long id, @RequestParam(required = false) String reason,
			PlatformPrincipal me, Model model, RedirectAttributes redirect) {
		try {
			var request = management.requestCancellation(id, reason, me);
			redirect.addFlashAttribute("success",
					errors.message("certificate.page.cancellation.done", request.certificateNumber()));
			return "redirect:/enterprise/certificates";
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (PlatformException ex) {
			model.addAttribute("cancelFor", id);
			model.addAttribute("cancelNumber", certificates.getForEnterprise(id, me.requireEnterpriseId()).number());
			model.addAttribute("cancelReason", reason);
			model.addAttribute("cancelProblem", errors.message(ex.messageKey(), ex.args()));
			return show(me, PageRequest.of(0, ListParams.PAGE_DEFAULT_SIZE, CertificateQueries.ENTERPRISE_SORT.resolve(null)),
					model);
		}
	}

	@GetMapping("/{id}/original.pdf")
	void original(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
			PlatformPrincipal me, HttpServletResponse response) throws IOException {
		sheets.stream(certificates.getForEnterprise(id, me.requireEnterpriseId()), Sheet.ORIGINAL, download,
				response);
	}

	@GetMapping("/{id}/copy.pdf")
	void copy(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download, PlatformPrincipal me,
			HttpServletResponse response) throws IOException {
		sheets.stream(certificates.getForEnterprise(id, me.requireEnterpriseId()), Sheet.COPY, download, response);
	}
}
