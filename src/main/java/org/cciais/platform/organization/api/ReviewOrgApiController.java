package org.cciais.platform.organization.api;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cciais.platform.organization.ReviewerManagement;
import org.cciais.platform.organization.ReviewerManagement.ReviewerRecord;
import org.cciais.platform.organization.ReviewerManagement.Relationship;
import org.cciais.platform.organization.ReviewerRules.Conflict;
import org.cciais.platform.organization.ReviewerRules.ConflictKind;
import org.cciais.platform.organization.ReviewerRules.Status;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ApiPages;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 评审员管理 API of a review organisation: its reviewers' records and open cases, their declared conflicts of
 * interest, and its declared relationships with consulting organisations. A reviewer may read and change their own
 * conflicts. Another organisation's reviewer answers 404.
 */
@RestController
@RequestMapping("/api/v1/review-org")
@PreAuthorize("hasAnyRole('REVIEW_ORG','REVIEWER')")
class ReviewOrgApiController {

	record RecordBody(String qualification, Set<Industry> fields, Status status) {
	}

	record ConflictBody(String creditCode, ConflictKind kind, String note) {
	}

	record RelationshipBody(Long consultingOrgId, String note) {
	}

	private final ReviewerManagement registry;

	ReviewOrgApiController(ReviewerManagement registry) {
		this.registry = registry;
	}

	@GetMapping("/reviewers")
	@PreAuthorize("hasRole('REVIEW_ORG')")
	ResponseEntity<List<ReviewerRecord>> reviewers(ListParams list, PlatformPrincipal me,
			jakarta.servlet.http.HttpServletRequest request) {
		return ApiPages.of(registry.reviewers(me, list.api(ReviewerManagement.REVIEWER_SORT)), request);
	}

	@GetMapping("/reviewers/{username}")
	ReviewerRecord reviewer(@PathVariable String username, PlatformPrincipal me) {
		return registry.reviewer(username, me);
	}

	/** {@code {qualification, fields:[INDUSTRY…], status: ACTIVE|INACTIVE}}. */
	@PutMapping("/reviewers/{username}")
	@PreAuthorize("hasRole('REVIEW_ORG')")
	ReviewerRecord update(@PathVariable String username, @RequestBody RecordBody body, PlatformPrincipal me) {
		return registry.update(username, body.qualification(),
				body.fields() == null ? EnumSet.noneOf(Industry.class) : body.fields(), body.status(), me);
	}

	@GetMapping("/reviewers/{username}/conflicts")
	List<Conflict> conflicts(@PathVariable String username, PlatformPrincipal me) {
		return registry.conflicts(username, me);
	}

	/** {@code {creditCode, kind: EMPLOYMENT|CONSULTING|FAMILY, note}} → 201 the conflict. */
	@PostMapping("/reviewers/{username}/conflicts")
	ResponseEntity<Conflict> declare(@PathVariable String username, @RequestBody ConflictBody body,
			PlatformPrincipal me) {
		Conflict c = registry.declare(username, body.creditCode(), body.kind(), body.note(), me);
		return ResponseEntity.created(URI.create("/api/v1/review-org/reviewers/" + username + "/conflicts/" + c.id()))
			.body(c);
	}

	@DeleteMapping("/reviewers/{username}/conflicts/{id}")
	ResponseEntity<Void> withdraw(@PathVariable String username, @PathVariable long id, PlatformPrincipal me) {
		registry.withdraw(username, id, me);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/relationships")
	@PreAuthorize("hasRole('REVIEW_ORG')")
	ResponseEntity<List<Relationship>> relationships(ListParams list, PlatformPrincipal me,
			jakarta.servlet.http.HttpServletRequest request) {
		return ApiPages.of(registry.relationships(me, list.api(ReviewerManagement.RELATIONSHIP_SORT)), request);
	}

	/** {@code {consultingOrgId, note}} → 201 the relationship. */
	@PostMapping("/relationships")
	@PreAuthorize("hasRole('REVIEW_ORG')")
	ResponseEntity<Relationship> relate(@RequestBody RelationshipBody body, PlatformPrincipal me) {
		Relationship r = registry.relate(body.consultingOrgId(), body.note(), me);
		return ResponseEntity.created(URI.create("/api/v1/review-org/relationships/" + r.consultingOrgId())).body(r);
	}

	@DeleteMapping("/relationships/{consultingOrgId}")
	@PreAuthorize("hasRole('REVIEW_ORG')")
	ResponseEntity<Void> unrelate(@PathVariable long consultingOrgId, PlatformPrincipal me) {
		registry.unrelate(consultingOrgId, me);
		return ResponseEntity.noContent().build();
	}
}
