package org.cciais.platform.certificate.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.certificate.Certificates;
import org.cciais.platform.certificate.internal.CertificateSheets;
import org.cciais.platform.certificate.internal.CertificateSheets.Sheet;
import org.cciais.platform.enterprise.EnterpriseChangeManagement;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 证书查询 (manual 3.5, figure 15): the enterprise's certificates with 正本 / 副本 preview and download. */
@Controller
@RequestMapping("/enterprise/certificates")
@PreAuthorize("hasRole('ENTERPRISE')")
class EnterpriseCertificatesController {

	private final Certificates certificates;
	private final CertificateSheets sheets;
	private final EnterpriseChangeManagement changes;

	EnterpriseCertificatesController(Certificates certificates, CertificateSheets sheets,
			EnterpriseChangeManagement changes) {
		this.certificates = certificates;
		this.sheets = sheets;
		this.changes = changes;
	}

	@GetMapping
	String list(PlatformPrincipal me, Model model) {
		model.addAttribute("certificates", certificates.ofEnterprise(me.requireEnterpriseId()));
		// the history of the 副本 data (passed change applications)
		model.addAttribute("changes", changes.history(me.requireEnterpriseId()));
		return "certificate/enterprise-certificates";
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
