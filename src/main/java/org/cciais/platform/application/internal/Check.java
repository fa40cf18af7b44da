package org.cciais.platform.application.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.shared.PlatformClock;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A named condition of a transition beyond its state, answering with the {@link Refusal} the caller reads when it
 * does not hold. The checks of the workflow are the factories below; the table ({@link ApplicationWorkflow}) names
 * them.
 */
@FunctionalInterface
public interface Check {

	/**
	 * What a check may need beyond the case: the time, and (computed only when asked, it reads the catalogue) the
	 * required materials still missing, each as the clerk reads it ({@code （一）营业执照}, "(1) 营业执照"): words or
	 * a message to be said in the reader's language.
	 */
	record Situation(Instant now, Supplier<List<?>> missingMaterials) {

		public static Situation at(Instant now) {
			return new Situation(now, List::of);
		}

		/** The missing materials of the case's plan, computed when a check asks. */
		public static Situation of(Instant now, Supplier<MaterialPlanner.Plan> plan) {
			return new Situation(now, () -> plan.get()
				.missing()
				.stream()
				.map(p -> item(p.item()))
				.toList());
		}
	}

	/** A catalogue item as the clerk reads it, in the reader's language: （一）营业执照, "(1) 营业执照". */
	static MessageSourceResolvable item(CatalogQueries.MaterialItem item) {
		return new DefaultMessageSourceResolvable(new String[] { "application.materials.item" },
				new Object[] { item.label(), item.seq(), item.title() });
	}

	/** Empty when the condition holds. */
	Optional<Refusal> refusal(QualificationApplication application, Situation situation);

	/** Every required catalogue item uploaded or reused, and the 7-day deadline not passed (manual 3.4.2). */
	static Check materialsComplete() {
		return (a, s) -> {
			if (a.materialsOverdue(s.now())) {
				return Optional.of(Refusal.withReason("application.guard.deadline"));
			}
			List<?> missing = s.missingMaterials().get();
			if (missing.isEmpty()) {
				return Optional.empty();
			}
			Object list = missing.get(0);
			for (Object next : missing.subList(1, missing.size())) {
				list = new DefaultMessageSourceResolvable(new String[] { "application.materials.and" },
						new Object[] { list, next });
			}
			return Optional.of(Refusal.withReason("application.materials.missing", list));
		};
	}

	/** Before the 7-day materials deadline (manual 3.4.2). */
	static Check beforeMaterialsDeadline() {
		return (a, s) -> a.materialsOverdue(s.now()) ? Optional.of(Refusal.withReason("application.guard.deadline"))
				: Optional.empty();
	}

	/** An on-site date has been scheduled before the on-site review is decided. */
	static Check onsiteScheduled() {
		return (a, s) -> a.getOnsiteDate() == null
				? Optional.of(Refusal.withReason("application.guard.onsiteScheduled")) : Optional.empty();
	}

	/** No material of its own uploaded yet (manual 3.4.1 note 1: "如企业已上传评审材料，将无“取消申请”操作"). */
	static Check noMaterialsUploaded() {
		return (a, s) -> a.hasUploadedMaterials()
				? Optional.of(Refusal.withReason("application.guard.noMaterialsUploaded")) : Optional.empty();
	}

	/** Not a renewal, or today is not after the expiry day of the certificate it renews. */
	static Check renewalBeforeExpiry() {
		return (a, s) -> a.renewalAcceptable(LocalDate.ofInstant(s.now(), PlatformClock.ZONE)) ? Optional.empty()
				: Optional.of(Refusal.withReason("application.guard.renewalBeforeExpiry",
						String.valueOf(a.getRenewsExpiresOn())));
	}
}
