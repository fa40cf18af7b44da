package org.cciais.platform.organization.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.organization.ReviewerManagement;
import org.cciais.platform.organization.ReviewerRules.ConflictKind;
import org.cciais.platform.organization.ReviewerRules.Status;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.FormPosts;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 评审员管理 pages of a review organisation: reviewers with their open cases, records, conflicts, relationships; and
 * the reviewer's own page declaring their conflicts.
 */
@Controller
@PreAuthorize("hasRole('REVIEW_ORG')")
class ReviewerPages {

	private final ReviewerManagement registry;
	private final OrganizationQueries organizations;
	private final FormPosts posts;

	ReviewerPages(ReviewerManagement registry, OrganizationQueries organizations, FormPosts posts) {
		this.registry = registry;
		this.organizations = organizations;
		this.posts = posts;
	}

	@GetMapping("/review-org/reviewers")
	String list(ListParams list, PlatformPrincipal me, Model model, jakarta.servlet.http.HttpServletRequest request) {
		var page = registry.reviewers(me, list.page(ReviewerManagement.REVIEWER_SORT, request));
		model.addAttribute("page", page);
		model.addAttribute("reviewers", page.getContent());
		model.addAttribute("relationships", registry.relationships(me));
		model.addAttribute("consultingOrgs", organizations.ofType(OrganizationType.CONSULTING));
		return "organization/reviewers";
	}

	@GetMapping("/review-org/reviewers/{username}")
	String detail(@PathVariable String username, PlatformPrincipal me, Model model) {
		model.addAttribute("r", registry.reviewer(username, me));
		model.addAttribute("industries", Industry.values());
		model.addAttribute("statuses", Status.values());
		model.addAttribute("kinds", ConflictKind.values());
		return "organization/reviewer";
	}

	@PostMapping("/review-org/reviewers/{username}")
	String update(@PathVariable String username, @RequestParam(required = false) String qualification,
			@RequestParam(required = false) List<Industry> fields, @RequestParam(required = false) Status status,
			PlatformPrincipal me, RedirectAttributes flash) {
		Set<Industry> f = fields == null || fields.isEmpty() ? EnumSet.noneOf(Industry.class) : EnumSet.copyOf(fields);
		return posts.runWithErrorFlash(flash, "/review-org/reviewers/" + username, posts.message("reviewer.record.saved"), "record",
				() -> registry.update(username, qualification, f, status, me));
	}

	@PostMapping("/review-org/reviewers/{username}/conflicts")
	String declare(@PathVariable String username, @RequestParam(required = false) String creditCode,
			@RequestParam(required = false) ConflictKind kind, @RequestParam(required = false) String note,
			PlatformPrincipal me, RedirectAttributes flash) {
		flash.addFlashAttribute("conflictForm", new String[] { creditCode, kind == null ? "" : kind.name(), note });
		return posts.runWithErrorFlash(flash, "/review-org/reviewers/" + username, posts.message("reviewer.conflict.recorded"), "conflict",
				() -> registry.declare(username, creditCode, kind, note, me));
	}

	@PostMapping("/review-org/reviewers/{username}/conflicts/{id}/delete")
	String withdraw(@PathVariable String username, @PathVariable long id, PlatformPrincipal me,
			RedirectAttributes flash) {
		return posts.runWithErrorFlash(flash, "/review-org/reviewers/" + username, posts.message("reviewer.conflict.withdrawn"), "conflict",
				() -> registry.withdraw(username, id, me));
	}

	/** The reviewer's own 利益冲突申报: the same declarations the review organisation sees on its reviewer's page. */
	@GetMapping("/reviewer/conflicts")
	@PreAuthorize("hasRole('REVIEWER')")
	String ownConflicts(PlatformPrincipal me, Model model) {
		model.addAttribute("conflicts", registry.conflicts(me.username(), me));
		model.addAttribute("kinds", ConflictKind.values());
		return "organization/my-conflicts";
	}

	@PostMapping("/reviewer/conflicts")
	@PreAuthorize("hasRole('REVIEWER')")
	String declareOwn(@RequestParam(required = false) String creditCode,
			@RequestParam(required = false) ConflictKind kind, @RequestParam(required = false) String note,
			PlatformPrincipal me, RedirectAttributes flash) {
		flash.addFlashAttribute("conflictForm", new String[] { creditCode, kind == null ? "" : kind.name(), note });
		return posts.runWithErrorFlash(flash, "/reviewer/conflicts", posts.message("reviewer.conflict.declared"), "conflict",
				() -> registry.declare(me.username(), creditCode, kind, note, me));
	}

	@PostMapping("/reviewer/conflicts/{id}/delete")
	@PreAuthorize("hasRole('REVIEWER')")
	String withdrawOwn(@PathVariable long id, PlatformPrincipal me, RedirectAttributes flash) {
		return posts.runWithErrorFlash(flash, "/reviewer/conflicts", posts.message("reviewer.conflict.withdrawn"), "conflict",
				() -> registry.withdraw(me.username(), id, me));
	}

	@PostMapping("/review-org/relationships")
	String relate(@RequestParam(required = false) Long consultingOrgId, @RequestParam(required = false) String note,
			PlatformPrincipal me, RedirectAttributes flash) {
		return posts.runWithErrorFlash(flash, "/review-org/reviewers", posts.message("reviewer.relationship.declared"), "relationship",
				() -> registry.relate(consultingOrgId, note, me));
	}

	@PostMapping("/review-org/relationships/{consultingOrgId}/delete")
	String unrelate(@PathVariable long consultingOrgId, PlatformPrincipal me, RedirectAttributes flash) {
		return posts.runWithErrorFlash(flash, "/review-org/reviewers", posts.message("reviewer.relationship.withdrawn"), "relationship",
				() -> registry.unrelate(consultingOrgId, me));
	}
}
