package org.cciais.platform.application.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.catalog.CatalogQueries.MaterialItem;
import org.springframework.stereotype.Component;

/**
 * Works out, for one application and the catalogue, which items it has, which it reuses and which it still needs.
 * While ACCEPTED the reuse is live (it depends on the day the materials will be submitted, see {@link ReuseWindow});
 * once submitted, the links written at submission are what counts.
 */
@Component
public class MaterialPlanner {

	private final ReuseWindows windows;
	private final QualificationApplications applications;

	MaterialPlanner(ReuseWindows windows, QualificationApplications applications) {
		this.windows = windows;
		this.applications = applications;
	}

	/**
	 * One catalogue item for one application.
	 *
	 * @param file the application's own file or persisted link, if any
	 * @param offered while ACCEPTED, the source application's file this shared item would be linked to
	 */
	public record PlannedItem(MaterialItem item, MaterialFile file, MaterialFile offered, Long offeredFrom) {

		public boolean uploaded() {
			return file != null && !file.isReused();
		}

		public boolean reused() {
			return (file != null && file.isReused()) || (file == null && offered != null);
		}

		public boolean present() {
			return file != null || offered != null;
		}

		/** Must still be provided by this application. */
		public boolean required() {
			return item.required() && !reused();
		}

		public boolean missing() {
			return item.required() && !present();
		}
	}

	/** @param window the covering window while ACCEPTED and reuse is possible, else null */
	public record Plan(List<PlannedItem> items, ReuseWindow window) {

		public List<PlannedItem> missing() {
			return items.stream().filter(PlannedItem::missing).toList();
		}

		public boolean complete() {
			return missing().isEmpty();
		}

		public List<PlannedItem> toLink() {
			return items.stream().filter(i -> i.file() == null && i.offered() != null).toList();
		}
	}

	public Plan plan(QualificationApplication application, List<MaterialItem> catalogue, Instant now) {
		return plan(application, catalogue, now,
				application.getStatus() == ApplicationStatus.ACCEPTED ? windows.findById(application.getEnterpriseId())
						: Optional.empty());
	}

	/**
	 * The same with the enterprise's reuse window already looked up (a list reads the windows of its rows at once,
	 * see {@link #prefetch}).
	 */
	Plan plan(QualificationApplication application, List<MaterialItem> catalogue, Instant now,
			Optional<ReuseWindow> enterpriseWindow) {
		ReuseWindow window = null;
		QualificationApplication source = null;
		if (application.getStatus() == ApplicationStatus.ACCEPTED) {
			Optional<ReuseWindow> candidate = enterpriseWindow
				.filter(w -> application.getId() == null || w.getSourceApplicationId() != application.getId())
				.filter(w -> w.covers(now));
			if (candidate.isPresent()) {
				source = applications.findById(candidate.get().getSourceApplicationId()).orElse(null);
				window = source == null ? null : candidate.get();
			}
		}
		List<PlannedItem> items = new ArrayList<>();
		for (MaterialItem item : catalogue) {
			MaterialFile file = application.material(item.code()).orElse(null);
			MaterialFile offered = null;
			if (file == null && source != null && item.shared()) {
				offered = source.material(item.code()).filter(m -> !m.isReused()).orElse(null);
			}
			items.add(new PlannedItem(item, file, offered, offered == null ? null : source.getId()));
		}
		return new Plan(List.copyOf(items), window);
	}

	/**
	 * The reuse windows of the ACCEPTED rows' enterprises, by enterprise, in one query; their source applications
	 * are loaded too (one query), so that {@code findById} in {@link #plan} finds them in the persistence context.
	 */
	Map<Long, ReuseWindow> prefetch(List<QualificationApplication> list) {
		Set<Long> enterpriseIds = list.stream()
			.filter(a -> a.getStatus() == ApplicationStatus.ACCEPTED)
			.map(QualificationApplication::getEnterpriseId)
			.collect(Collectors.toSet());
		if (enterpriseIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, ReuseWindow> found = new HashMap<>();
		windows.findAllById(enterpriseIds).forEach(w -> found.put(w.getEnterpriseId(), w));
		if (!found.isEmpty()) {
			applications.findByIdIn(found.values().stream().map(ReuseWindow::getSourceApplicationId).toList());
		}
		return found;
	}
}
