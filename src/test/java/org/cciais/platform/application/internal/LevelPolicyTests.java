package org.cciais.platform.application.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.cciais.platform.application.ApplicationKind;
import org.cciais.platform.application.internal.LevelPolicy.Derivation;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.QualificationStanding;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The named policy of each application kind (manual 4 "有效期截止当年需重新申请"): the renewal window is the 12 months
 * before the expiry day, both ends included; initial and upgrade keep the no-skipping rule.
 */
class LevelPolicyTests {

	private static final LocalDate EXPIRES = LocalDate.of(2027, 7, 20);

	private static QualificationStanding valid(Level level) {
		return new QualificationStanding(Industry.FINANCE, level, "VALID", "MIITCCCAIS-000042", EXPIRES, 42L,
				CertificateStatus.VALID);
	}

	private static Derivation renewal(QualificationStanding standing, LocalDate today) {
		return LevelPolicy.derive(ApplicationKind.RENEWAL, Industry.FINANCE, standing, today);
	}

	@Test
	void renewalIsRefusedTheDayBeforeTheWindowOpens() {
		Derivation d = renewal(valid(Level.LEVEL_2), LocalDate.of(2026, 7, 19));
		assertThat(d.allowed()).isFalse();
		assertThat(d.refusal().messageKey()).isEqualTo("application.kind.renewal.tooEarly");
		assertThat(d.refusal().args()).containsExactly("MIITCCCAIS-000042", "2027-07-20", "2026-07-20");
	}

	@Test
	void renewalIsAllowedExactlyTwelveMonthsBeforeExpiryAtTheHeldLevel() {
		Derivation d = renewal(valid(Level.LEVEL_2), LocalDate.of(2026, 7, 20));
		assertThat(d.allowed()).isTrue();
		assertThat(d.kind()).isEqualTo(ApplicationKind.RENEWAL);
		assertThat(d.level()).isEqualTo(Level.LEVEL_2);
		assertThat(d.renewsCertificateId()).isEqualTo(42L);
		assertThat(d.renewsCertificateNumber()).isEqualTo("MIITCCCAIS-000042");
		assertThat(d.renewsExpiresOn()).isEqualTo(LocalDate.of(2027, 7, 20));
	}

	@Test
	void renewalIsAllowedOnTheExpiryDayAndRefusedTheDayAfter() {
		assertThat(renewal(valid(Level.LEVEL_1), LocalDate.of(2027, 7, 20)).level()).isEqualTo(Level.LEVEL_1);
		Derivation after = renewal(valid(Level.LEVEL_1), LocalDate.of(2027, 7, 21));
		assertThat(after.allowed()).isFalse();
		assertThat(after.refusal().messageKey()).isEqualTo("application.kind.renewal.expired");
	}

	@Test
	void onlyAValidCertificateCanBeRenewed() {
		var lapsed = new QualificationStanding(Industry.FINANCE, Level.LEVEL_2, "INVALID", "MIITCCCAIS-000042",
				EXPIRES, 42L, CertificateStatus.INVALID);
		Derivation d = renewal(lapsed, LocalDate.of(2027, 1, 1));
		assertThat(d.refusal().messageKey()).isEqualTo("application.kind.renewal.notValid");
		assertThat(d.refusal().args()).containsExactly("MIITCCCAIS-000042", CertificateStatus.INVALID);
		// the status is said in the refusal's language, not in Chinese whatever the reader's
		var bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("i18n/application", "i18n/certificate");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		assertThat(bundles.getMessage(d.refusal().messageKey(), d.refusal().args(), Locale.ENGLISH))
			.isEqualTo("Certificate MIITCCCAIS-000042 is “Invalid”: only a valid certificate can be renewed.");
		assertThat(bundles.getMessage(d.refusal().messageKey(), d.refusal().args(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("证书 MIITCCCAIS-000042 当前状态为“失效”，只有有效的证书可以续期。");
		assertThat(renewal(null, LocalDate.of(2027, 1, 1)).refusal().messageKey())
			.isEqualTo("application.kind.renewal.noCertificate");
	}

	@Test
	void initialIsLevelThreeOnlyWithoutAValidCertificate() {
		assertThat(LevelPolicy.derive(ApplicationKind.INITIAL, Industry.FINANCE, null, EXPIRES).level())
			.isEqualTo(Level.LEVEL_3);
		assertThat(LevelPolicy.derive(ApplicationKind.INITIAL, Industry.FINANCE, valid(Level.LEVEL_3), EXPIRES)
			.refusal()
			.messageKey()).isEqualTo("application.kind.initial.held");
	}

	@Test
	void upgradeIsTheNextLevelAndNothingAfterLevelOne() {
		LocalDate inTheLastYear = LocalDate.of(2027, 1, 1);
		assertThat(LevelPolicy.derive(ApplicationKind.UPGRADE, Industry.FINANCE, valid(Level.LEVEL_3), inTheLastYear)
			.level()).isEqualTo(Level.LEVEL_2);
		assertThat(LevelPolicy.derive(ApplicationKind.UPGRADE, Industry.FINANCE, valid(Level.LEVEL_1), inTheLastYear)
			.refusal()
			.messageKey()).isEqualTo("application.industry.nothingToApply");
		assertThat(LevelPolicy.derive(ApplicationKind.UPGRADE, Industry.FINANCE, null, inTheLastYear)
			.refusal()
			.messageKey()).isEqualTo("application.kind.upgrade.notHeld");
	}

	@Test
	void withoutAKindTheEarlierMeaningHolds() {
		Derivation held = LevelPolicy.derive(null, Industry.FINANCE, valid(Level.LEVEL_3), EXPIRES);
		assertThat(held.kind()).isEqualTo(ApplicationKind.UPGRADE);
		assertThat(held.level()).isEqualTo(Level.LEVEL_2);
		Derivation none = LevelPolicy.derive(null, Industry.FINANCE, null, EXPIRES);
		assertThat(none.kind()).isEqualTo(ApplicationKind.INITIAL);
		assertThat(none.level()).isEqualTo(Level.LEVEL_3);
	}
}
