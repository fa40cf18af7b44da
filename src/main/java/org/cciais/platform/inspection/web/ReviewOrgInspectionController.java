package org.cciais.platform.inspection.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.inspection.InspectionDetails;
import org.cciais.platform.inspection.InspectionManagement;
import org.cciais.platform.inspection.InspectionStatus;
import org.cciais.platform.inspection.InspectionView;
import org.cciais.platform.inspection.ReviewDecision;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PayloadTooLargeException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.UnsupportedFileException;
import org.cciais.platform.shared.web.FormPosts;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.data.domain.Page;
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

/** 年检评审: the review organisation's list of inspections to review and the review page with pass / fail. */
@Controller
@RequestMapping("/review-org/inspections")
@PreAuthorize("hasRole('REVIEW_ORG')")
class ReviewOrgInspectionController {

	private final InspectionManagement inspections;
	private final FormPosts posts;

	ReviewOrgInspectionController(InspectionManagement inspections, FormPosts posts) {
		this.inspections = inspections;
		this.posts = posts;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "pending") String tab, ListParams list, PlatformPrincipal me,
			Model model, HttpServletRequest request) {
		boolean pending = !"all".equals(tab);
		Page<InspectionView> page = inspections.list(me, pending ? InspectionStatus.SUBMITTED : null,
				list.page(pending ? InspectionManagement.PENDING_SORT : InspectionManagement.REVIEW_SORT, request));
		model.addAttribute("tab", pending ? "pending" : "all");
		model.addAttribute("page", page);
		model.addAttribute("inspections", page.getContent());
		return "inspection/review-list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, PlatformPrincipal me, Model model) {
		InspectionDetails details = inspections.details(id, me);
		model.addAttribute("details", details);
		model.addAttribute("inspection", details.inspection());
		model.addAttribute("copyRows", CopyRow.of(details));
		return "inspection/review-detail";
	}

	@PostMapping("/{id}/pass")
	String pass(@PathVariable long id, @RequestParam(required = false) String opinion,
			@RequestParam(required = false) Long version,
			@RequestParam(name = "report", required = false) MultipartFile report, PlatformPrincipal me,
			RedirectAttributes redirect) {
		return decide(id, true, opinion, version, report, me, redirect);
	}

	@PostMapping("/{id}/fail")
	String fail(@PathVariable long id, @RequestParam(required = false) String opinion,
			@RequestParam(required = false) Long version,
			@RequestParam(name = "report", required = false) MultipartFile report, PlatformPrincipal me,
			RedirectAttributes redirect) {
		return decide(id, false, opinion, version, report, me, redirect);
	}

	private String decide(long id, boolean pass, String opinion, Long version, MultipartFile report,
			PlatformPrincipal me, RedirectAttributes redirect) {
		ReviewDecision decision = new ReviewDecision(opinion, null, version);
		try {
			InspectionView view = pass ? inspections.pass(id, decision, report, me)
					: inspections.fail(id, decision, report, me);
			redirect.addFlashAttribute("success", posts.message(!pass ? "inspection.page.flash.failed"
					: view.copyChanged() ? "inspection.page.flash.passedChanged" : "inspection.page.flash.passed"));
			return "redirect:/review-org/inspections";
		}
		catch (InvalidInputException | PayloadTooLargeException | UnsupportedFileException ex) {
			redirect.addFlashAttribute("failure", posts.sentence(ex));
			posts.refusal(ex, "decision-form", "report", opinion == null ? Map.of() : Map.of("opinion", opinion))
				.flash(redirect);
			return "redirect:/review-org/inspections/" + id + "#decision-form";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("failure", posts.message("inspection.page.flash.refreshed", posts.sentence(ex)));
		}
		return "redirect:/review-org/inspections/" + id;
	}
}
