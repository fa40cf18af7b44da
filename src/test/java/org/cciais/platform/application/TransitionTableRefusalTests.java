package org.cciais.platform.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cciais.platform.application.internal.ApplicationWorkflow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In every state, every action the workflow does not allow from it is refused (called by the party that would be
 * entitled to it): 409 for a caller who may read the case, 404 for one who may not; the state is unchanged, and
 * {@code availableActions} lists exactly the actions the manual allows each party (written out, not read from
 * the table).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransitionTableRefusalTests extends ApplicationTestSupport {

	private Parties p;
	private final Map<ApplicationStatus, Long> cases = new EnumMap<>(ApplicationStatus.class);

	@BeforeAll
	void oneCaseInEveryState() throws Exception {
		p = parties();
		// first, because moving the clock expires every accepted case
		long expired = applied(p, "GOVERNMENT");
		ok(act(p.orgToken(), expired, "accept"));
		ok(act(p.orgToken(), expired, "assign-reviewer", reviewerJson(p)));
		advance(Duration.ofDays(8));
		p = refreshed(p);
		cases.put(ApplicationStatus.EXPIRED, expired);

		cases.put(ApplicationStatus.SUBMITTED, applied(p, "FINANCE"));
		long returned = applied(p, "TELECOM");
		ok(act(p.orgToken(), returned, "return", "{\"opinion\":\"退回\"}"));
		cases.put(ApplicationStatus.RETURNED, returned);
		long accepted = applied(p, "DEFENSE");
		ok(act(p.orgToken(), accepted, "accept"));
		ok(act(p.orgToken(), accepted, "assign-reviewer", reviewerJson(p)));
		cases.put(ApplicationStatus.ACCEPTED, accepted);
		long cancelled = applied(p, "COMMERCE");
		ok(act(p.orgToken(), cancelled, "accept"));
		ok(act(p.orgToken(), cancelled, "assign-reviewer", reviewerJson(p)));
		ok(act(p.enterpriseToken(), cancelled, "cancel"));
		cases.put(ApplicationStatus.CANCELLED, cancelled);

		long docReview = inDocReview(p, "COMMERCE");
		cases.put(ApplicationStatus.DOC_REVIEW, docReview);
		long docRect = inDocReview(p, "ENERGY");
		ok(act(p.reviewerToken(), docRect, "doc-fail", "{\"opinion\":\"不通过\"}"));
		cases.put(ApplicationStatus.DOC_RECTIFICATION, docRect);
		long proposed = inDocReview(p, "MANUFACTURING");
		ok(act(p.reviewerToken(), proposed, "propose-termination", "{\"opinion\":\"终止\"}"));
		cases.put(ApplicationStatus.TERMINATION_PROPOSED, proposed);
		long terminated = inDocReview(p, "PUBLIC_SERVICE");
		ok(act(p.reviewerToken(), terminated, "propose-termination", "{\"opinion\":\"终止\"}"));
		ok(act(p.orgToken(), terminated, "confirm-termination"));
		cases.put(ApplicationStatus.TERMINATED, terminated);
		long onsite = inOnsiteReview(p, "PUBLIC_SERVICE");
		cases.put(ApplicationStatus.ONSITE_REVIEW, onsite);
		long onsiteRect = inOnsiteReview(p, "GOVERNMENT");
		ok(act(p.reviewerToken(), onsiteRect, "onsite-fail", "{\"opinion\":\"不通过\"}"));
		cases.put(ApplicationStatus.ONSITE_RECTIFICATION, onsiteRect);

		// a second enterprise for the last four (an enterprise has one open case per industry)
		Parties q = parties();
		long orgConfirmation = inOnsiteReview(q, "DEFENSE");
		ok(act(q.reviewerToken(), orgConfirmation, "schedule-onsite", "{\"onsiteDate\":\"" + tomorrow() + "\"}"));
		ok(act(q.reviewerToken(), orgConfirmation, "onsite-pass"));
		cases.put(ApplicationStatus.ORG_CONFIRMATION, orgConfirmation);
		cases.put(ApplicationStatus.FINAL_REVIEW, inFinalReview(q, "GOVERNMENT"));
		long certified = inFinalReview(q, "FINANCE");
		ok(act(q.expertToken(), certified, "approve"));
		cases.put(ApplicationStatus.CERTIFIED, certified);
		long rejected = inFinalReview(q, "TELECOM");
		ok(act(q.expertToken(), rejected, "reject"));
		cases.put(ApplicationStatus.REJECTED, rejected);
		finalParties = q;
	}

	private Parties finalParties;

	@Test
	void everyStateHasItsCase() throws Exception {
		for (ApplicationStatus status : ApplicationStatus.values()) {
			assertThat(cases).containsKey(status);
			assertThat(stateOf(view(token("admin"), cases.get(status)))).isEqualTo(status.name());
		}
	}

	/**
	 * Every action a state does not allow, with the answer its entitled party gets, written out from the manual's
	 * workflow (not read from the table under test): 409 with the case's state for a party that may read the case,
	 * 404 for one that may not (issue 8 item 15: exactly like a case that does not exist). A reviewer reads a case
	 * only once assigned to it (not yet in SUBMITTED and RETURNED); an expert reads a case only from 终审
	 * (FINAL_REVIEW, CERTIFIED, REJECTED).
	 */
	private static final Map<ApplicationStatus, String> REFUSALS = Map.ofEntries(
			Map.entry(ApplicationStatus.SUBMITTED,
					"resubmit 409, upload-material 409, submit-materials 409, assign-reviewer 409, "
					+ "upload-report 404, doc-pass 404, doc-fail 404, rectify 409, "
					+ "schedule-onsite 404, onsite-pass 404, onsite-fail 404, propose-termination 404, "
					+ "confirm-termination 409, decline-termination 409, org-confirm 409, approve 404, "
					+ "reject 404"),
			Map.entry(ApplicationStatus.RETURNED,
					"accept 409, return 409, upload-material 409, submit-materials 409, "
					+ "assign-reviewer 409, upload-report 404, doc-pass 404, doc-fail 404, "
					+ "rectify 409, schedule-onsite 404, onsite-pass 404, onsite-fail 404, "
					+ "propose-termination 404, confirm-termination 409, decline-termination 409, "
					+ "org-confirm 409, approve 404, reject 404"),
			Map.entry(ApplicationStatus.ACCEPTED,
					"accept 409, return 409, resubmit 409, upload-report 409, doc-pass 409, "
					+ "doc-fail 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, propose-termination 409, confirm-termination 409, "
					+ "decline-termination 409, org-confirm 409, approve 404, reject 404"),
			Map.entry(ApplicationStatus.CANCELLED,
					"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, assign-reviewer 409, upload-report 409, doc-pass 409, "
					+ "doc-fail 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, propose-termination 409, confirm-termination 409, "
					+ "decline-termination 409, org-confirm 409, approve 404, reject 404"),
			Map.entry(ApplicationStatus.EXPIRED,
					"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, assign-reviewer 409, upload-report 409, doc-pass 409, "
					+ "doc-fail 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, propose-termination 409, confirm-termination 409, "
					+ "decline-termination 409, org-confirm 409, approve 404, reject 404"),
			Map.entry(ApplicationStatus.DOC_REVIEW,
					"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, confirm-termination 409, decline-termination 409, "
					+ "org-confirm 409, approve 404, reject 404"),
			Map.entry(ApplicationStatus.DOC_RECTIFICATION,
					"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, upload-report 409, doc-pass 409, doc-fail 409, "
					+ "schedule-onsite 409, onsite-pass 409, onsite-fail 409, propose-termination 409, "
					+ "confirm-termination 409, decline-termination 409, org-confirm 409, approve 404, "
					+ "reject 404"),
			Map.entry(ApplicationStatus.TERMINATION_PROPOSED,
					"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, assign-reviewer 409, upload-report 409, doc-pass 409, "
					+ "doc-fail 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, propose-termination 409, org-confirm 409, approve 404, "
					+ "reject 404"),
			Map.entry(ApplicationStatus.TERMINATED,
					"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, assign-reviewer 409, upload-report 409, doc-pass 409, "
					+ "doc-fail 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, propose-termination 409, confirm-termination 409, "
					+ "decline-termination 409, org-confirm 409, approve 404, reject 404"),
			Map.entry(ApplicationStatus.ONSITE_REVIEW,
					"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, doc-pass 409, doc-fail 409, rectify 409, "
					+ "confirm-termination 409, decline-termination 409, org-confirm 409, approve 404, "
					+ "reject 404"),
			Map.entry(ApplicationStatus.ONSITE_RECTIFICATION,
					"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, upload-report 409, doc-pass 409, doc-fail 409, "
					+ "schedule-onsite 409, onsite-pass 409, onsite-fail 409, propose-termination 409, "
					+ "confirm-termination 409, decline-termination 409, org-confirm 409, approve 404, "
					+ "reject 404"),
			Map.entry(ApplicationStatus.ORG_CONFIRMATION,
					"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, assign-reviewer 409, upload-report 409, doc-pass 409, "
					+ "doc-fail 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, propose-termination 409, confirm-termination 409, "
					+ "decline-termination 409, approve 404, reject 404"),
			Map.entry(ApplicationStatus.FINAL_REVIEW,
					"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, assign-reviewer 409, upload-report 409, doc-pass 409, "
					+ "doc-fail 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, propose-termination 409, confirm-termination 409, "
					+ "decline-termination 409, org-confirm 409"),
			Map.entry(ApplicationStatus.CERTIFIED,
					"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, assign-reviewer 409, upload-report 409, doc-pass 409, "
					+ "doc-fail 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, propose-termination 409, confirm-termination 409, "
					+ "decline-termination 409, org-confirm 409, approve 409, reject 409"),
			Map.entry(ApplicationStatus.REJECTED,
					"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, assign-reviewer 409, upload-report 409, doc-pass 409, "
					+ "doc-fail 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, propose-termination 409, confirm-termination 409, "
					+ "decline-termination 409, org-confirm 409, approve 409, reject 409"));

	@ParameterizedTest
	@EnumSource(ApplicationStatus.class)
	void everyActionTheStateDoesNotAllowIsRefusedWith409Or404ForACallerWhoMayNotReadTheCase(ApplicationStatus state)
			throws Exception {
		long id = cases.get(state);
		Parties who = who(state);
		JsonNode before = view(token("admin"), id);
		List<String> unexpected = new ArrayList<>();
		for (String row : REFUSALS.get(state).split(", ")) {
			String code = row.substring(0, row.indexOf(' '));
			int expected = Integer.parseInt(row.substring(row.indexOf(' ') + 1));
			WorkflowAction action = Arrays.stream(WorkflowAction.values())
				.filter(a -> a.code().equals(code))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no action " + code));
			int got = call(who, id, action).andReturn().getResponse().getStatus();
			if (got != expected) {
				unexpected.add(code + "→" + got + " (expected " + expected + ")");
			}
		}
		assertThat(unexpected).as("refusals in %s", state).isEmpty();
		JsonNode after = view(token("admin"), id);
		assertThat(stateOf(after)).isEqualTo(state.name());
		assertThat(after.get("history").size()).isEqualTo(before.get("history").size());
	}

	/**
	 * What each party of the case is offered in each state, written out from the manual's workflow (DESIGN.md
	 * diagram), not read from the table under test: a wrong row of the table fails here. In these fixtures ACCEPTED
	 * has no materials yet (so no submit-materials, but cancel) and ONSITE_REVIEW has no on-site date (so no
	 * onsite-pass). A party that has no entry is offered nothing.
	 */
	private static final Map<ApplicationStatus, Map<String, List<String>>> OFFERED = Map.ofEntries(
			Map.entry(ApplicationStatus.SUBMITTED,
					Map.of("ENTERPRISE", List.of("cancel"), "REVIEW_ORG", List.of("accept", "return"))),
			Map.entry(ApplicationStatus.RETURNED, Map.of("ENTERPRISE", List.of("resubmit", "cancel"))),
			Map.entry(ApplicationStatus.ACCEPTED,
					Map.of("ENTERPRISE", List.of("cancel", "upload-material"), "REVIEW_ORG",
							List.of("assign-reviewer"))),
			Map.entry(ApplicationStatus.DOC_REVIEW,
					Map.of("REVIEW_ORG", List.of("assign-reviewer"), "REVIEWER",
							List.of("upload-report", "doc-pass", "doc-fail", "propose-termination"))),
			Map.entry(ApplicationStatus.DOC_RECTIFICATION,
					Map.of("ENTERPRISE", List.of("rectify"), "REVIEW_ORG", List.of("assign-reviewer"))),
			Map.entry(ApplicationStatus.ONSITE_REVIEW,
					Map.of("REVIEW_ORG", List.of("assign-reviewer"), "REVIEWER",
							List.of("upload-report", "schedule-onsite", "onsite-fail", "propose-termination"))),
			Map.entry(ApplicationStatus.ONSITE_RECTIFICATION,
					Map.of("ENTERPRISE", List.of("rectify"), "REVIEW_ORG", List.of("assign-reviewer"))),
			Map.entry(ApplicationStatus.TERMINATION_PROPOSED,
					Map.of("REVIEW_ORG", List.of("confirm-termination", "decline-termination"))),
			Map.entry(ApplicationStatus.ORG_CONFIRMATION, Map.of("REVIEW_ORG", List.of("org-confirm"))),
			Map.entry(ApplicationStatus.FINAL_REVIEW, Map.of("EXPERT", List.of("approve", "reject"))));

	@ParameterizedTest
	@EnumSource(ApplicationStatus.class)
	void eachPartyIsOfferedExactlyTheActionsTheManualAllowsInTheState(ApplicationStatus state) throws Exception {
		long id = cases.get(state);
		Parties who = who(state);
		JsonNode admin = view(token("admin"), id);
		boolean reviewerAssigned = !admin.get("reviewer").isNull();
		assertThat(actions(admin)).isEmpty();
		for (String[] party : new String[][] { { "ENTERPRISE", who.enterpriseToken() }, { "REVIEW_ORG", who.orgToken() },
				{ "REVIEWER", who.reviewerToken() }, { "EXPERT", who.expertToken() },
				{ "CONSULTANT", who.consultantToken() } }) {
			boolean reads = !party[0].equals("REVIEWER") || reviewerAssigned;
			if (party[0].equals("EXPERT")) {
				reads = state == ApplicationStatus.FINAL_REVIEW || state == ApplicationStatus.CERTIFIED
						|| state == ApplicationStatus.REJECTED;
			}
			if (!reads) {
				continue;
			}
			List<String> expected = OFFERED.getOrDefault(state, Map.of()).getOrDefault(party[0], List.of());
			assertThat(actions(view(party[1], id))).as("%s in %s", party[0], state)
				.containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	private Parties who(ApplicationStatus state) {
		return switch (state) {
			case ORG_CONFIRMATION, FINAL_REVIEW, CERTIFIED, REJECTED -> finalParties;
			default -> p;
		};
	}

	private ResultActions call(Parties who, long id, WorkflowAction action) throws Exception {
		String token = switch (ApplicationWorkflow.party(action).role()) {
			case ENTERPRISE -> who.enterpriseToken();
			case REVIEW_ORG -> who.orgToken();
			case REVIEWER -> who.reviewerToken();
			case EXPERT -> who.expertToken();
			default -> throw new IllegalStateException(action.toString());
		};
		return switch (action.endpoint()) {
			case MATERIAL_UPLOAD -> upload(token, id, "M01", pdfPart("file"));
			case RECTIFICATION_UPLOAD -> rectify(token, id, rarPart("file"));
			case REPORT_UPLOAD -> report(token, id);
			default -> action == WorkflowAction.RESUBMIT ? resubmit(token, id, "{}")
					: act(token, id, action.code(), "{\"opinion\":\"意见\",\"reviewerId\":" + who.reviewer().id()
							+ ",\"onsiteDate\":\"" + tomorrow() + "\"}");
		};
	}

	private LocalDate tomorrow() {
		return LocalDate.now(clock).plusDays(1);
	}
}
