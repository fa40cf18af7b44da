package org.cciais.platform.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cciais.platform.application.internal.ApplicationWorkflow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the HTTP API shows of the workflow's refusals and offers, on a case at the start (SUBMITTED), in the
 * middle (ACCEPTED, DOC_REVIEW) and at the end (CERTIFIED): every endpoint kind (action, material upload,
 * rectification upload, report upload, resubmission) answers a refused action with 409 for a party who may read the
 * case and 404 for one who may not, and leaves the state and the history as they were; {@code availableActions}
 * lists, for the caller, exactly what the manual allows (with the real catalogue: ACCEPTED without materials offers
 * no submit-materials). Expectations written out from the manual, not read from the table.
 * <p>
 * Every other state, and every refusal in every state with its kind, is shown without HTTP by
 * {@code internal.QualificationApplicationWorkflowTests} ({@code everyOtherActionIsRefusedForTheStateOrAsNotFound…},
 * {@code eachPartyIsOfferedExactlyWhatTheManualAllowsInTheState}); the 404 of every action on a case the caller may
 * not read, by {@link UnreadableCaseActionTests}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransitionTableRefusalTests extends ApplicationTestSupport {

	private Parties p;
	private final Map<ApplicationStatus, Long> cases = new EnumMap<>(ApplicationStatus.class);

	@BeforeAll
	void casesAtTheStartTheMiddleAndTheEnd() throws Exception {
		p = parties();
		cases.put(ApplicationStatus.SUBMITTED, applied(p, "FINANCE"));
		long accepted = applied(p, "DEFENSE");
		ok(act(p.orgToken(), accepted, "accept"));
		ok(act(p.orgToken(), accepted, "assign-reviewer", reviewerJson(p)));
		cases.put(ApplicationStatus.ACCEPTED, accepted);
		cases.put(ApplicationStatus.DOC_REVIEW, inDocReview(p, "COMMERCE"));
		long certified = inFinalReview(p, "GOVERNMENT");
		ok(act(p.expertToken(), certified, "approve"));
		cases.put(ApplicationStatus.CERTIFIED, certified);
	}

	/**
	 * Every action the state does not allow, with the answer its entitled party gets, written out from the manual's
	 * workflow: 409 for a party that may read the case, 404 for one that may not (a reviewer before it is assigned,
	 * an expert before the final review).
	 */
	private static final Map<ApplicationStatus, String> REFUSALS = Map.of(
			ApplicationStatus.SUBMITTED,
			"resubmit 409, upload-material 409, submit-materials 409, assign-reviewer 409, "
					+ "upload-report 404, doc-pass 404, doc-fail 404, rectify 409, "
					+ "schedule-onsite 404, onsite-pass 404, onsite-fail 404, propose-termination 404, "
					+ "confirm-termination 409, decline-termination 409, org-confirm 409, approve 404, "
					+ "reject 404",
			ApplicationStatus.ACCEPTED,
			"accept 409, return 409, resubmit 409, upload-report 409, doc-pass 409, "
					+ "doc-fail 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, propose-termination 409, confirm-termination 409, "
					+ "decline-termination 409, org-confirm 409, approve 404, reject 404",
			ApplicationStatus.DOC_REVIEW,
			"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, confirm-termination 409, decline-termination 409, "
					+ "org-confirm 409, approve 404, reject 404",
			ApplicationStatus.CERTIFIED,
			"accept 409, return 409, resubmit 409, cancel 409, upload-material 409, "
					+ "submit-materials 409, assign-reviewer 409, upload-report 409, doc-pass 409, "
					+ "doc-fail 409, rectify 409, schedule-onsite 409, onsite-pass 409, "
					+ "onsite-fail 409, propose-termination 409, confirm-termination 409, "
					+ "decline-termination 409, org-confirm 409, approve 409, reject 409");

	@ParameterizedTest
	@EnumSource(names = { "SUBMITTED", "ACCEPTED", "DOC_REVIEW", "CERTIFIED" })
	void everyActionTheStateDoesNotAllowIsRefusedWith409Or404ForACallerWhoMayNotReadTheCase(ApplicationStatus state)
			throws Exception {
		long id = cases.get(state);
		JsonNode before = view(token("admin"), id);
		assertThat(stateOf(before)).isEqualTo(state.name());
		List<String> unexpected = new ArrayList<>();
		for (String row : REFUSALS.get(state).split(", ")) {
			String code = row.substring(0, row.indexOf(' '));
			int expected = Integer.parseInt(row.substring(row.indexOf(' ') + 1));
			WorkflowAction action = Arrays.stream(WorkflowAction.values())
				.filter(a -> a.code().equals(code))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no action " + code));
			int got = call(id, action).andReturn().getResponse().getStatus();
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
	 * What each party of the case is offered, written out from the manual's workflow (DESIGN.md diagram). ACCEPTED
	 * has no materials yet (so no submit-materials, but cancel). A party that has no entry is offered nothing.
	 */
	private static final Map<ApplicationStatus, Map<String, List<String>>> OFFERED = Map.of(
			ApplicationStatus.SUBMITTED,
			Map.of("ENTERPRISE", List.of("cancel"), "REVIEW_ORG", List.of("accept", "return")),
			ApplicationStatus.ACCEPTED,
			Map.of("ENTERPRISE", List.of("cancel", "upload-material"), "REVIEW_ORG", List.of("assign-reviewer")),
			ApplicationStatus.DOC_REVIEW,
			Map.of("REVIEW_ORG", List.of("assign-reviewer"), "REVIEWER",
					List.of("upload-report", "doc-pass", "doc-fail", "propose-termination")),
			ApplicationStatus.CERTIFIED, Map.of());

	@ParameterizedTest
	@EnumSource(names = { "SUBMITTED", "ACCEPTED", "DOC_REVIEW", "CERTIFIED" })
	void eachPartyIsOfferedExactlyTheActionsTheManualAllowsInTheState(ApplicationStatus state) throws Exception {
		long id = cases.get(state);
		JsonNode admin = view(token("admin"), id);
		boolean reviewerAssigned = !admin.get("reviewer").isNull();
		assertThat(actions(admin)).isEmpty();
		for (String[] party : new String[][] { { "ENTERPRISE", p.enterpriseToken() }, { "REVIEW_ORG", p.orgToken() },
				{ "REVIEWER", p.reviewerToken() }, { "EXPERT", p.expertToken() },
				{ "CONSULTANT", p.consultantToken() } }) {
			boolean reads = party[0].equals("EXPERT") ? state == ApplicationStatus.CERTIFIED
					: !party[0].equals("REVIEWER") || reviewerAssigned;
			if (!reads) {
				continue;
			}
			List<String> expected = OFFERED.get(state).getOrDefault(party[0], List.of());
			assertThat(actions(view(party[1], id))).as("%s in %s", party[0], state)
				.containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	private ResultActions call(long id, WorkflowAction action) throws Exception {
		String token = switch (ApplicationWorkflow.party(action).role()) {
			case ENTERPRISE -> p.enterpriseToken();
			case REVIEW_ORG -> p.orgToken();
			case REVIEWER -> p.reviewerToken();
			case EXPERT -> p.expertToken();
			default -> throw new IllegalStateException(action.toString());
		};
		return switch (action.endpoint()) {
			case MATERIAL_UPLOAD -> upload(token, id, "M01", pdfPart("file"));
			case RECTIFICATION_UPLOAD -> rectify(token, id, rarPart("file"));
			case REPORT_UPLOAD -> report(token, id);
			default -> action == WorkflowAction.RESUBMIT ? resubmit(token, id, "{}")
					: act(token, id, action.code(), "{\"opinion\":\"意见\",\"reviewerId\":" + p.reviewer().id()
							+ ",\"onsiteDate\":\"" + tomorrow() + "\"}");
		};
	}

	private LocalDate tomorrow() {
		return LocalDate.now(clock).plusDays(1);
	}
}
