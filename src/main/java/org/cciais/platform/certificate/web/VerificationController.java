package org.cciais.platform.certificate.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.Certificates;
import org.cciais.platform.certificate.StatusChange;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 查询中心: anyone, without logging in, checks a certificate by its number (what the QR code opens) or by the
 * enterprise's name. Shows only what the certificate prints, and its status.
 */
@Controller
class VerificationController {

	private final Certificates certificates;
	private final CertificateManagement management;

	VerificationController(Certificates certificates, CertificateManagement management) {
		this.certificates = certificates;
		this.management = management;
	}

	@GetMapping("/verify")
	String verify(@RequestParam(required = false) String number, @RequestParam(required = false) String name,
			Model model) {
		String byNumber = number == null ? "" : number.trim();
		String byName = name == null ? "" : name.trim();
		model.addAttribute("number", byNumber);
		model.addAttribute("name", byName);
		model.addAttribute("mode", byName.isEmpty() ? "number" : "name");
		if (!byNumber.isEmpty()) {
			model.addAttribute("searched", true);
			model.addAttribute("results", certificates.byNumber(byNumber).map(List::of).orElse(List.of()));
		}
		else if (!byName.isEmpty()) {
			model.addAttribute("searched", true);
			if (byName.length() < 2) {
				model.addAttribute("queryProblem", "请输入至少两个字的企业名称。");
				model.addAttribute("results", List.<CertificateView>of());
			}
			else {
				model.addAttribute("results", certificates.byEnterpriseName(byName));
			}
		}
		@SuppressWarnings("unchecked")
		List<CertificateView> results = (List<CertificateView>) model.getAttribute("results");
		Map<Long, List<StatusChange>> histories = new HashMap<>();
		if (results != null) {
			results.forEach(c -> histories.put(c.id(), management.history(c.id())));
		}
		model.addAttribute("histories", histories);
		return "certificate/verify";
	}
}
