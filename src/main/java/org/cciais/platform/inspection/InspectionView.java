package org.cciais.platform.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.LocalText;
import org.cciais.platform.shared.Role;

/**
 * An annual inspection as its parties see it (API.md {@code GET /api/v1/inspections}).
 *
 * @param enterpriseName as submitted, else as on the certificate when the inspection was last prepared
 * @param year 1 or 2: the first or second inspection of the certificate
 * @param certificateValid false once the certificate is 失效 or expired: the inspection is then not opened
 * @param submittedData the 副本 data saved or submitted by the enterprise (null before), with {@code changes}
 * against the certificate's data at that time
 * @param materials the catalogue items with what was uploaded; {@code required} already accounts for changed data
 * @param opinion the review organisation's latest opinion, with its report
 * @param availableActions what the caller may do now: {@code upload}, {@code save-data}, {@code submit},
 * {@code rectify} (enterprise), {@code pass}, {@code fail} (review organisation)
 * @param statusLabel the status in the reader's language, or that the certificate is dead and the inspection no longer
 * happens (as {@code label} of a change and {@code actionLabel} of a history entry)
 */
public record InspectionView(long id, long certificateId, String certificateNumber, long enterpriseId,
		String enterpriseName, long reviewOrgId, Long consultingOrgId, Industry industry, Level level, int year, LocalDate windowOpensOn,
		LocalDate windowClosesOn, InspectionStatus status, LocalText statusLabel, boolean certificateValid, int round,
		boolean copyChanged, CopyData submittedData, List<Change> changes, List<Material> materials, String opinion,
		UUID reportFileId, List<Rectification> rectifications, List<HistoryEntry> history, Instant submittedAt,
		Instant decidedAt, List<String> availableActions, long version) {

	/** One catalogue item of the inspection and its upload. */
	public record Material(String code, int seq, String title, boolean required, boolean requiredWhenChanged,
			boolean uploaded, UUID fileId, String fileName, Instant uploadedAt) {
	}

	/** A changed 副本 field: its name in {@link CopyData}, its label, old and new value as text. */
	public record Change(String field, LocalText label, String from, String to) {
	}

	public record Rectification(UUID fileId, Instant uploadedAt) {
	}

	public record HistoryEntry(Instant at, String actor, Role role, String action, LocalText actionLabel,
			InspectionStatus from, InspectionStatus to, String opinion, UUID fileId) {
	}

	public InspectionWindow window() {
		return new InspectionWindow(windowOpensOn, windowClosesOn);
	}

	public boolean can(String action) {
		return availableActions.contains(action);
	}
}
