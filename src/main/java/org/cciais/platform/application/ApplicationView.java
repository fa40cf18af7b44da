package org.cciais.platform.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;

/**
 * A qualification application as its parties see it (API.md: {@code id, industry, level, status, reviewOrg,
 * consultingOrg, materialsDueAt, materials, rectifications, history, availableActions, kind, renewsCertificateId},
 * plus display fields).
 *
 * @param availableActions the {@link WorkflowAction} codes the caller may do now, from the transition table
 * @param reuseWindowEndsOn while ACCEPTED and shared items are reused: the last day (inclusive) on which submitting
 * may rely on them (manual 3.4.3)
 */
public record ApplicationView(long id, long enterpriseId, String enterpriseName, String regionCode,
		Industry industry, String industryName, Level level, String levelName, ApplicationStatus status,
		String statusName, OrgRef reviewOrg, OrgRef consultingOrg, PersonRef reviewer, LocalDate onsiteDate,
		Instant submittedAt, Instant acceptedAt, Instant materialsDueAt, Instant materialsSubmittedAt,
		Instant closedAt, Long reusedFromApplicationId, LocalDate reuseWindowEndsOn, List<MaterialView> materials,
		List<RectificationView> rectifications, List<ReportView> reports, List<HistoryView> history,
		List<String> availableActions, long version, ApplicationKind kind, String kindName,
		Long renewsCertificateId, String renewsCertificateNumber, EnterpriseCase enterprise) {

	/**
	 * The registration data of the applicant as the review organisation needs it to decide on acceptance (manual
	 * 3.1.1 tip 2: a licence that is not 三证合一 is a reason to refuse); only in the review organisation's and the
	 * association's view, else null. {@code licenceFileId} opens the licence PDF for the review organisation while
	 * the case is open.
	 */
	public record EnterpriseCase(String name, String creditCode, String regionCode, String regionName, String unitType,
			BigDecimal registeredCapital, String legalRepresentative, String registeredAddress, LocalDate foundedOn,
			UUID licenceFileId) {
	}

	public record OrgRef(long id, String name) {
	}

	public record PersonRef(long id, String username, String name) {
	}

	/**
	 * One catalogue item for this application.
	 *
	 * @param required whether this application must still provide it (a required catalogue item that is not
	 * reused)
	 * @param catalogueRequired required in the catalogue ((十四) is optional)
	 * @param uploaded this application has its own file for it
	 * @param reused it is provided by a link to the file of {@code reusedFromApplicationId}
	 * @param fileId the file (own or linked), null when none
	 */
	public record MaterialView(String code, int seq, String label, String title, String fileKind, boolean shared,
			boolean catalogueRequired, boolean required, boolean uploaded, boolean reused, UUID fileId,
			String fileName, Long reusedFromApplicationId, Instant uploadedAt) {

		/** Provided one way or the other. */
		public boolean present() {
			return fileId != null;
		}
	}

	/** @param stage {@code DOC} (文审整改) or {@code ONSITE} (现场整改) */
	public record RectificationView(UUID fileId, String fileName, String stage, Instant uploadedAt) {
	}

	public record ReportView(UUID fileId, String fileName, Instant uploadedAt) {
	}

	/** @param role null for the platform (deadline job) */
	public record HistoryView(Instant at, String actor, String actorName, Role role, String action,
			String actionName, ApplicationStatus from, ApplicationStatus to, String opinion, UUID reportFileId) {
	}

	public boolean can(String actionCode) {
		return availableActions.contains(actionCode);
	}

	public boolean isClosed() {
		return status.isClosed();
	}
}
