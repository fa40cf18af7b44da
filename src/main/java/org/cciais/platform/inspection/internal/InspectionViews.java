package org.cciais.platform.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.inspection.InspectionStatus;
import org.cciais.platform.inspection.InspectionView;
import org.cciais.platform.shared.LocalText;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Turns inspections into views for a caller: materials against the catalogue, history and rectifications (one
 * query for any number of inspections), and the actions the caller may take now.
 */
@Component
public class InspectionViews {

	private final InspectionCatalog catalog;
	private final InspectionHistory history;
	private final Clock clock;

	InspectionViews(InspectionCatalog catalog, InspectionHistory history, Clock clock) {
		this.catalog = catalog;
		this.history = history;
		this.clock = clock;
	}

	public InspectionView of(Inspection inspection, PlatformPrincipal me) {
		return of(List.of(inspection), me).get(0);
	}

	public List<InspectionView> of(Collection<Inspection> inspections, PlatformPrincipal me) {
		if (inspections.isEmpty()) {
			return List.of();
		}
		List<InspectionMaterialItem> items = catalog.items();
		Map<Long, List<InspectionHistoryEntry>> entries = history
			.findByInspectionIdInOrderByOccurredAtAscIdAsc(inspections.stream().map(Inspection::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(InspectionHistoryEntry::getInspectionId));
		LocalDate today = LocalDate.now(clock);
		return inspections.stream()
			.map(i -> view(i, items, entries.getOrDefault(i.getId(), List.of()), me, today))
			.toList();
	}

	private static InspectionView view(Inspection i, List<InspectionMaterialItem> items,
			List<InspectionHistoryEntry> entries, PlatformPrincipal me, LocalDate today) {
		List<InspectionView.Material> materials = new ArrayList<>();
		for (InspectionMaterialItem item : items) {
			var uploaded = i.material(item.code());
			materials.add(new InspectionView.Material(item.code(), item.seq(), item.title(),
					item.requiredFor(i.isCopyChanged()), item.requiredWhenChanged(), uploaded.isPresent(),
					uploaded.map(InspectionMaterial::getFileId).orElse(null),
					uploaded.map(InspectionMaterial::getFileName).orElse(null),
					uploaded.map(InspectionMaterial::getUploadedAt).orElse(null)));
		}
		List<InspectionView.Rectification> rectifications = entries.stream()
			.filter(e -> "rectify".equals(e.getAction()))
			.map(e -> new InspectionView.Rectification(e.getFileId(), e.getOccurredAt()))
			.toList();
		var changes = i.getBaseline().isPresent() && i.getProposed().isPresent()
				? CopyDataRules.changes(i.getBaseline().get(), i.getProposed().get()) : List.<InspectionView.Change>of();
		InspectionStatus shown = shownStatus(i, today);
		String name = i.getProposed().or(i::getBaseline).map(CopyData::enterpriseName).orElse(null);
		return new InspectionView(i.getId(), i.getCertificateId(), i.getCertificateNumber(), i.getEnterpriseId(), name,
				i.getReviewOrgId(), i.getConsultingOrgId(), i.getIndustry(), i.getLevel(), i.getYear(),
				i.window().opensOn(), i.window().closesOn(), shown, label(i, shown), i.isCertificateValid(),
				i.getRound(), i.isCopyChanged(), i.getProposed().orElse(null), changes, materials, i.getOpinion(),
				i.getReportFileId(), rectifications, entries.stream().map(InspectionHistoryEntry::toView).toList(),
				i.getSubmittedAt(), i.getDecidedAt(), actions(i, shown, me, today), i.getVersion());
	}

	/** A window that opened before the hourly job noticed is shown (and usable) as open already. */
	private static InspectionStatus shownStatus(Inspection i, LocalDate today) {
		if (i.getStatus() == InspectionStatus.UPCOMING && i.isCertificateValid() && i.window().contains(today)) {
			return InspectionStatus.OPEN;
		}
		return i.getStatus();
	}

	private static LocalText label(Inspection i, InspectionStatus shown) {
		if (!i.isCertificateValid() && !shown.isFinal()) {
			return LocalText.of("inspection.status.certificateInvalid");
		}
		return LocalText.of(shown);
	}

	private static List<String> actions(Inspection i, InspectionStatus shown, PlatformPrincipal me,
			LocalDate today) {
		if (me == null || !i.isCertificateValid()) {
			return List.of();
		}
		if (me.is(Role.ENTERPRISE)) {
			if (shown == InspectionStatus.OPEN && i.window().contains(today)) {
				return List.of("upload", "save-data", "submit");
			}
			if (shown == InspectionStatus.RECTIFICATION) {
				return List.of("rectify");
			}
		}
		if (me.is(Role.REVIEW_ORG) && shown == InspectionStatus.SUBMITTED) {
			return List.of("pass", "fail");
		}
		return List.of();
	}
}
