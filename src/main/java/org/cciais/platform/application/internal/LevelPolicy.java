package org.cciais.platform.application.internal;

import java.time.LocalDate;

import org.cciais.platform.application.ApplicationKind;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.QualificationStanding;

/**
 * The level of a new application, one named policy per {@link ApplicationKind} (DESIGN.md "Levels", manual 4). The
 * industry's standing is its latest certificate; only a VALID one counts as held.
 * <ul>
 * <li>{@link ApplicationKind#INITIAL}: nothing valid held → 三级.</li>
 * <li>{@link ApplicationKind#UPGRADE}: a valid certificate → its next level; none after 一级.</li>
 * <li>{@link ApplicationKind#RENEWAL}: a valid certificate, from 12 months before its expiry day until that day
 * (both inclusive) → the same level, renewing that certificate.</li>
 * </ul>
 * Each refusal is a Chinese reason (409). Pure: the caller passes today's date.
 */
public final class LevelPolicy {

	/** Manual 4 "有效期截止当年": the renewal window opens this many months before the expiry day. */
	public static final int RENEWAL_WINDOW_MONTHS = 12;

	private LevelPolicy() {
	}

	/**
	 * The outcome for one kind: the level and, for a renewal, the certificate it renews; or the refusal.
	 *
	 * @param refusal null when allowed
	 */
	public record Derivation(ApplicationKind kind, Level level, Long renewsCertificateId,
			String renewsCertificateNumber, LocalDate renewsExpiresOn, ConflictException refusal) {

		public boolean allowed() {
			return refusal == null;
		}

		/** The derivation, or its refusal thrown. */
		public Derivation orThrow() {
			if (refusal != null) {
				throw refusal;
			}
			return this;
		}

		static Derivation of(ApplicationKind kind, Level level) {
			return new Derivation(kind, level, null, null, null, null);
		}

		static Derivation refused(ApplicationKind kind, String key, Object... args) {
			return new Derivation(kind, null, null, null, null, new ConflictException(key, args));
		}
	}

	/** The first day of the renewal window of a certificate expiring on {@code expiresOn}. */
	public static LocalDate renewalOpensOn(LocalDate expiresOn) {
		return expiresOn.minusMonths(RENEWAL_WINDOW_MONTHS);
	}

	/** Without a kind the API keeps its earlier meaning: a valid certificate → upgrade, otherwise initial. */
	public static ApplicationKind inferred(QualificationStanding standing) {
		return held(standing) ? ApplicationKind.UPGRADE : ApplicationKind.INITIAL;
	}

	public static Derivation derive(ApplicationKind kind, Industry industry, QualificationStanding standing,
			LocalDate today) {
		ApplicationKind k = kind == null ? inferred(standing) : kind;
		return switch (k) {
			case INITIAL -> initial(industry, standing);
			case UPGRADE -> upgrade(industry, standing);
			case RENEWAL -> renewal(industry, standing, today);
		};
	}

	static Derivation initial(Industry industry, QualificationStanding standing) {
		if (held(standing)) {
			return Derivation.refused(ApplicationKind.INITIAL, "application.kind.initial.held", industry,
					standing.level());
		}
		return Derivation.of(ApplicationKind.INITIAL, Level.LEVEL_3);
	}

	static Derivation upgrade(Industry industry, QualificationStanding standing) {
		if (!held(standing)) {
			return Derivation.refused(ApplicationKind.UPGRADE, "application.kind.upgrade.notHeld", industry);
		}
		return standing.level()
			.next()
			.map(next -> Derivation.of(ApplicationKind.UPGRADE, next))
			.orElseGet(() -> Derivation.refused(ApplicationKind.UPGRADE, "application.industry.nothingToApply",
					industry));
	}

	static Derivation renewal(Industry industry, QualificationStanding standing, LocalDate today) {
		if (standing == null) {
			return Derivation.refused(ApplicationKind.RENEWAL, "application.kind.renewal.noCertificate",
					industry);
		}
		if (!standing.valid()) {
			return Derivation.refused(ApplicationKind.RENEWAL, "application.kind.renewal.notValid",
					standing.certificateNumber(), standing.statusName());
		}
		LocalDate opensOn = renewalOpensOn(standing.expiresOn());
		if (today.isBefore(opensOn)) {
			return Derivation.refused(ApplicationKind.RENEWAL, "application.kind.renewal.tooEarly",
					standing.certificateNumber(), standing.expiresOn().toString(), opensOn.toString());
		}
		if (today.isAfter(standing.expiresOn())) {
			return Derivation.refused(ApplicationKind.RENEWAL, "application.kind.renewal.expired",
					standing.certificateNumber(), standing.expiresOn().toString());
		}
		return new Derivation(ApplicationKind.RENEWAL, standing.level(), standing.certificateId(),
				standing.certificateNumber(), standing.expiresOn(), null);
	}

	private static boolean held(QualificationStanding standing) {
		return standing != null && standing.valid();
	}
}
