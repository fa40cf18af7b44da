package org.cciais.platform.certificate.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateRequestStatus;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 全部注销申请: every cancellation request, of one status or all, paged and sorted in the database (证书管理 shows
 * the pending ones and the latest decisions only). Confirming and declining stay on {@link AdminCertificatesController}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminCertificateRequestsController {

	private final CertificateManagement management;

	AdminCertificateRequestsController(CertificateManagement management) {
		this.management = management;
	}

	@GetMapping("/admin/certificates/requests")
	String list(@RequestParam(required = false) CertificateRequestStatus status, ListParams list, Model model,
			HttpServletRequest request) {
		var page = management.requests(status == null ? Set.of() : Set.of(status),
				list.page(CertificateManagement.REQUEST_SORT, request));
		model.addAttribute("page", page);
		model.addAttribute("requests", page.getContent());
		model.addAttribute("status", status);
		model.addAttribute("states", CertificateRequestStatus.values());
		return "certificate/admin-requests";
	}
}
