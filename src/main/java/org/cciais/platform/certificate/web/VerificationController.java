package org.cciais.platform.certificate.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.StatusChange;
import org.cciais.platform.certificate.internal.CertificateFileChecks;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.LocalText;
import org.cciais.platform.shared.web.ErrorHandling;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 查询中心: anyone, without logging in, checks a certificate by its number (what the QR code opens) or by the
 * enterprise's name, or uploads a certificate PDF to check its signature. Shows only what the certificate prints, and
 * its status.
 */
@Controller
class VerificationController {

	private final CertificateQueries certificates;
	private final CertificateManagement management;
	private final CertificateFileChecks files;
	private final ErrorHandling errors;
	private final MessageSource messages;

	VerificationController(CertificateQueries certificates, CertificateManagement management, CertificateFileChecks files,
			ErrorHandling errors, MessageSource messages) {
		this.certificates = certificates;
		this.management = management;
		this.files = files;
		this.errors = errors;
		this.messages = messages;
	}

	/** One step of the status history as the page shows it, its reason in the reader's language. */
	record HistoryRow(Instant at, CertificateStatus status, String reason) {
	}

	/** 验证证书文件: the uploaded PDF is read from the multipart stream (at most 10 MB) and never stored. */
	@PostMapping("/verify/file")
	String verifyFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
			throws IOException {
		model.addAttribute("number", "");
		model.addAttribute("name", "");
		model.addAttribute("mode", "file");
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("file", "certificate.file.required");
			}
			try (InputStream in = file.getInputStream()) {
				CertificateFileChecks.Result result = files.check(in);
				model.addAttribute("fileCheck", result);
				if (result.certificate() != null) {
					model.addAttribute("searched", true);
					model.addAttribute("results", List.of(result.certificate()));
				}
			}
		}
		catch (InvalidInputException ex) {
			model.addAttribute("fileProblem", errors.message(ex.messageKey(), ex.args()));
		}
		return page(model, locale);
	}

	@GetMapping("/verify")
	String verify(@RequestParam(required = false) String number, @RequestParam(required = false) String name,
			ListParams list, Model model, jakarta.servlet.http.HttpServletRequest request, Locale locale) {
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
				model.addAttribute("queryProblem", "certificate.verify.name.tooShort");
				model.addAttribute("results", List.<CertificateView>of());
			}
			else {
				var page = certificates.byEnterpriseName(byName, list.page(CertificateQueries.BY_NAME_SORT, request));
				model.addAttribute("page", page);
				model.addAttribute("results", page.getContent());
			}
		}
		return page(model, locale);
	}

	private String page(Model model, Locale locale) {
		@SuppressWarnings("unchecked")
		List<CertificateView> results = (List<CertificateView>) model.getAttribute("results");
		Map<Long, List<HistoryRow>> histories = new HashMap<>();
		Map<Long, String> reasons = new HashMap<>();
		if (results != null) {
			for (CertificateView c : results) {
				List<StatusChange> history = management.history(c.id());
				histories.put(c.id(), history.stream()
					.map(h -> new HistoryRow(h.at(), h.status(), text(h.reason(), locale)))
					.toList());
				reasons.put(c.id(), text(c.reason(), locale));
			}
		}
		model.addAttribute("histories", histories);
		model.addAttribute("reasons", reasons);
		return "certificate/verify";
	}

	private String text(LocalText words, Locale locale) {
		return words == null ? null : messages.getMessage(words.words(), locale);
	}
}
