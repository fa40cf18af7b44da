package org.cciais.platform.certificate.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateTransitionRefused;
import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.certificate.StatusChange;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.LocalText;
import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The certificate's guarded transitions, without Spring: what each status allows, and the history they write. */
class CertificateLifeCycleUnitTest {

	static final Instant ISSUED = Instant.parse("2026-03-02T01:00:00Z");
	static final Instant LATER = Instant.parse("2026-06-01T02:00:00Z");
	static final Instant LATEST = Instant.parse("2026-07-01T03:00:00Z");
	static final Actor ADMIN = new Actor("admin", Role.ADMIN);
	static final StatusReason EXPIRED = new StatusReason("certificate.record.expired", List.of(), null, "有效期已满三年");

	static StatusReason typed(String text) {
		return StatusReason.typed(text);
	}

	/** Its Chinese record as {@link StatusReasons} would write it from the bundle. */
	static StatusReason replacedBy(String number) {
		return new StatusReason("certificate.record.replaced", List.of(number), null, "已换发新证书 " + number);
	}

	static Certificate issued() {
		return certificate(1, "MIITCCCAIS-000001", 2, Industry.FINANCE);
	}

	/** A renewal's certificate for the same enterprise (2) and industry as {@link #issued()}. */
	static Certificate successor(long id, String number) {
		return certificate(id, number, 2, Industry.FINANCE);
	}

	static Certificate certificate(long id, String number, long enterpriseId, Industry industry) {
		Certificate c = new Certificate(number, 1, enterpriseId, industry, Level.LEVEL_3, LocalDate.of(2026, 3, 2), 3,
				null, new CopyData("测试有限公司", "北京市", "91110000000000000X", LocalDate.of(2010, 1, 1), "张三",
						new BigDecimal("100"), "有限责任公司"),
				ISSUED);
		ReflectionTestUtils.setField(c, "id", id); // as if saved
		return c;
	}

	@Test
	void suspendsAValidCertificateAndRestoresItWithBothReasonsInTheHistory() {
		Certificate c = issued();

		c.suspend("整改期间", ADMIN, LATER);
		assertThat(c.getStatus()).isEqualTo(CertificateStatus.SUSPENDED);
		assertThat(c.toView().invalidReason()).isEqualTo("整改期间");
		assertThat(c.toView().statusSince()).isEqualTo(LATER);

		c.restore("整改完成", ADMIN, LATEST);
		assertThat(c.getStatus()).isEqualTo(CertificateStatus.VALID);
		assertThat(c.toView().invalidReason()).isNull();
		assertThat(c.history()).extracting(StatusChange::status, StatusChange::actor, StatusChange::role,
				StatusChange::at)
			.containsExactly(tuple(CertificateStatus.VALID, "system", null, ISSUED),
					tuple(CertificateStatus.SUSPENDED, "admin", Role.ADMIN, LATER),
					tuple(CertificateStatus.VALID, "admin", Role.ADMIN, LATEST));
		assertThat(c.history()).extracting(h -> text(h.reason(), Locale.SIMPLIFIED_CHINESE))
			.containsExactly("颁发证书", "整改期间", "整改完成");
		assertThat(c.history()).extracting(h -> text(h.reason(), Locale.ENGLISH))
			.containsExactly("Certificate issued", "整改期间", "整改完成");
	}

	@Test
	void theHistoryKeepsThePlatformsOwnWordsAsTheirKeyWithWhatWasTypedAsItsLastArgument() {
		Certificate c = issued();
		c.revoke(new StatusReason("certificate.record.revoked", List.of(), "造假", "协会撤销：造假"), ADMIN, LATER);

		assertThat(c.toView().invalidReason()).isEqualTo("协会撤销：造假");
		assertThat(c.history()).extracting(h -> text(h.reason(), Locale.SIMPLIFIED_CHINESE))
			.containsExactly("颁发证书", "协会撤销：造假");
		assertThat(c.history()).extracting(h -> text(h.reason(), Locale.ENGLISH))
			.containsExactly("Certificate issued", "Revoked by the association: 造假");

		Certificate lapsed = issued();
		lapsed.lapse(new StatusReason("certificate.record.inspectionMissed", List.of("2027-03-01", "2027-04-30"), null,
				"未在规定时间内提交年检（2027-03-01 至 2027-04-30）"), Actor.SYSTEM, LATER);
		assertThat(lapsed.history()).extracting(h -> text(h.reason(), Locale.ENGLISH))
			.containsExactly("Certificate issued", "Annual inspection not submitted in time (2027-03-01 to 2027-04-30)");
	}

	/** The bundle's words for these keys, as in {@code i18n/certificate*.properties}. */
	private static String text(LocalText reason, Locale language) {
		StaticMessageSource bundle = new StaticMessageSource();
		bundle.addMessage("certificate.record.issued", Locale.SIMPLIFIED_CHINESE, "颁发证书");
		bundle.addMessage("certificate.record.issued", Locale.ENGLISH, "Certificate issued");
		bundle.addMessage("certificate.record.revoked", Locale.SIMPLIFIED_CHINESE, "协会撤销：{0}");
		bundle.addMessage("certificate.record.revoked", Locale.ENGLISH, "Revoked by the association: {0}");
		bundle.addMessage("certificate.record.inspectionMissed", Locale.ENGLISH,
				"Annual inspection not submitted in time ({0} to {1})");
		return bundle.getMessage(reason.words(), language);
	}

	@Test
	void refusesToSuspendACertificateThatIsNotValid() {
		Certificate c = issued();
		c.suspend("一次", ADMIN, LATER);

		assertThatThrownBy(() -> c.suspend("两次", ADMIN, LATEST)).isInstanceOf(CertificateTransitionRefused.class)
			.hasFieldOrPropertyWithValue("current", CertificateStatus.SUSPENDED);
		assertThat(c.history()).hasSize(2);
	}

	@Test
	void refusesToRestoreACertificateThatIsNotSuspended() {
		Certificate c = issued();
		assertThatThrownBy(() -> c.restore("无需恢复", ADMIN, LATER)).isInstanceOf(CertificateTransitionRefused.class);

		c.revoke(typed("协会撤销：造假"), ADMIN, LATER);
		assertThatThrownBy(() -> c.restore("恢复", ADMIN, LATEST)).isInstanceOf(CertificateTransitionRefused.class);
		assertThat(c.getStatus()).isEqualTo(CertificateStatus.INVALID);
	}

	@Test
	void cancelsAValidOrSuspendedCertificateButNothingEndedAlready() {
		Certificate valid = issued();
		valid.cancel(typed("企业申请注销：停业"), ADMIN, LATER);
		assertThat(valid.getStatus()).isEqualTo(CertificateStatus.CANCELLED);
		assertThatThrownBy(() -> valid.cancel(typed("再次"), ADMIN, LATEST)).isInstanceOf(CertificateTransitionRefused.class);
		assertThatThrownBy(() -> valid.suspend("暂停", ADMIN, LATEST)).isInstanceOf(CertificateTransitionRefused.class);
		assertThatThrownBy(() -> valid.revoke(typed("撤销"), ADMIN, LATEST)).isInstanceOf(CertificateTransitionRefused.class);

		Certificate suspended = issued();
		suspended.suspend("暂停", ADMIN, LATER);
		suspended.cancel(typed("企业申请注销：停业"), ADMIN, LATEST);
		assertThat(suspended.getStatus()).isEqualTo(CertificateStatus.CANCELLED);
	}

	@Test
	void revocationIsIrreversibleAndAllowedWhileSuspended() {
		Certificate c = issued();
		c.suspend("调查中", ADMIN, LATER);
		c.revoke(typed("协会撤销：调查属实"), ADMIN, LATEST);
		assertThat(c.getStatus()).isEqualTo(CertificateStatus.INVALID);
		assertThatThrownBy(() -> c.revoke(typed("再次"), ADMIN, LATEST)).isInstanceOf(CertificateTransitionRefused.class);
	}

	@Test
	void lapseTouchesOnlyAValidCertificate() {
		Certificate c = issued();
		c.suspend("暂停", ADMIN, LATER);
		assertThat(c.lapse(typed("未年检"), Actor.SYSTEM, LATEST)).isFalse();
		assertThat(c.getStatus()).isEqualTo(CertificateStatus.SUSPENDED);

		Certificate valid = issued();
		assertThat(valid.lapse(typed("未年检"), Actor.SYSTEM, LATEST)).isTrue();
		assertThat(valid.getStatus()).isEqualTo(CertificateStatus.INVALID);
		assertThat(valid.lapse(typed("未年检"), Actor.SYSTEM, LATEST)).isFalse();
	}

	@Test
	void expiresTheDayAfterItsThreeYearsAlsoWhenSuspended() {
		Certificate c = issued();
		c.suspend("暂停", ADMIN, LATER);
		assertThat(c.expire(LocalDate.of(2029, 3, 2), EXPIRED, LATEST)).isFalse();
		assertThat(c.expire(LocalDate.of(2029, 3, 3), EXPIRED, LATEST)).isTrue();
		assertThat(c.getStatus()).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(c.expire(LocalDate.of(2029, 3, 4), EXPIRED, LATEST)).isFalse();
	}

	@Test
	void replacementPointsAtTheSuccessorOnceAndIsIdempotentForTheSameOne() {
		Certificate c = issued();
		assertThat(c.markReplaced(successor(77, "MIITCCCAIS-000077"), replacedBy("MIITCCCAIS-000077"), Actor.SYSTEM, LATER)).isTrue();
		assertThat(c.getStatus()).isEqualTo(CertificateStatus.REPLACED);
		assertThat(c.toView().replacedById()).isEqualTo(77L);
		assertThat(c.toView().replacedByNumber()).isEqualTo("MIITCCCAIS-000077");
		assertThat(c.toView().invalidReason()).isEqualTo("已换发新证书 MIITCCCAIS-000077");

		assertThat(c.markReplaced(successor(77, "MIITCCCAIS-000077"), replacedBy("MIITCCCAIS-000077"), Actor.SYSTEM, LATEST)).isFalse();
		assertThatThrownBy(() -> c.markReplaced(successor(78, "MIITCCCAIS-000078"), replacedBy("MIITCCCAIS-000078"), Actor.SYSTEM, LATEST))
			.isInstanceOf(CertificateTransitionRefused.class);
		assertThat(c.history()).hasSize(2);
	}

	@Test
	void anExpiredCertificateWhoseRenewalWasAcceptedBeforeExpiryCanStillBeReplaced() {
		Certificate c = issued();
		c.expire(LocalDate.of(2029, 3, 3), EXPIRED, LATER);
		assertThat(c.markReplaced(successor(9, "MIITCCCAIS-000009"), replacedBy("MIITCCCAIS-000009"), Actor.SYSTEM, LATEST)).isTrue();

		Certificate cancelled = issued();
		cancelled.cancel(typed("企业申请注销"), ADMIN, LATER);
		assertThatThrownBy(() -> cancelled.markReplaced(successor(9, "MIITCCCAIS-000009"), replacedBy("MIITCCCAIS-000009"), Actor.SYSTEM, LATEST))
			.isInstanceOf(CertificateTransitionRefused.class);
	}

	@Test
	void aSuspendedCertificateCanBeReplacedByItsRenewal() {
		Certificate c = issued();
		c.suspend("调查中", ADMIN, LATER);
		assertThat(c.markReplaced(successor(9, "MIITCCCAIS-000009"), replacedBy("MIITCCCAIS-000009"), Actor.SYSTEM, LATEST)).isTrue();
		assertThat(c.getStatus()).isEqualTo(CertificateStatus.REPLACED);
	}

	@Test
	void onlyACertificateOfTheSameEnterpriseAndIndustryCanBeTheSuccessor() {
		Certificate c = issued();
		assertThatThrownBy(() -> c.markReplaced(certificate(9, "MIITCCCAIS-000009", 2, Industry.TELECOM), replacedBy("MIITCCCAIS-000009"), Actor.SYSTEM,
				LATER)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> c.markReplaced(certificate(9, "MIITCCCAIS-000009", 5, Industry.FINANCE), replacedBy("MIITCCCAIS-000009"), Actor.SYSTEM,
				LATER)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> c.markReplaced(c, replacedBy("MIITCCCAIS-000001"), Actor.SYSTEM, LATER)).isInstanceOf(IllegalArgumentException.class);
		assertThat(c.getStatus()).isEqualTo(CertificateStatus.VALID);
	}

	@Test
	void eachRefusalNamesItsReasonAndTheCurrentStatus() {
		Certificate revoked = issued();
		revoked.revoke(typed("协会撤销：造假"), ADMIN, LATER);

		assertThatThrownBy(() -> revoked.suspend("暂停", ADMIN, LATEST))
			.hasMessage("certificate.suspend.notAllowed")
			.hasFieldOrPropertyWithValue("current", CertificateStatus.INVALID);
		assertThatThrownBy(() -> revoked.restore("恢复", ADMIN, LATEST))
			.hasMessage("certificate.restore.notAllowed");
		assertThatThrownBy(() -> revoked.cancel(typed("注销"), ADMIN, LATEST))
			.hasMessage("certificate.cancel.notAllowed");
		assertThatThrownBy(revoked::requireCancellable)
			.hasMessage("certificate.cancel.notAllowed");
		assertThatThrownBy(() -> revoked.revoke(typed("撤销"), ADMIN, LATEST))
			.hasMessage("certificate.revoke.notAllowed");
		assertThatThrownBy(() -> revoked.markReplaced(successor(9, "MIITCCCAIS-000009"), replacedBy("MIITCCCAIS-000009"), Actor.SYSTEM, LATEST))
			.hasMessage("certificate.replace.notAllowed");
		assertThat(revoked.history()).hasSize(2);
	}

	@Test
	void nothingLeadsOutOfAnEndedCertificateButItsExpiryIsNotRepeated() {
		Certificate expired = issued();
		expired.expire(LocalDate.of(2029, 3, 3), EXPIRED, LATER);
		Certificate replaced = issued();
		replaced.markReplaced(successor(9, "MIITCCCAIS-000009"), replacedBy("MIITCCCAIS-000009"), Actor.SYSTEM, LATER);
		Certificate cancelled = issued();
		cancelled.cancel(typed("企业申请注销：停业"), ADMIN, LATER);

		for (Certificate ended : new Certificate[] { expired, replaced, cancelled }) {
			assertThatThrownBy(() -> ended.suspend("暂停", ADMIN, LATEST)).isInstanceOf(CertificateTransitionRefused.class);
			assertThatThrownBy(() -> ended.restore("恢复", ADMIN, LATEST)).isInstanceOf(CertificateTransitionRefused.class);
			assertThatThrownBy(() -> ended.revoke(typed("撤销"), ADMIN, LATEST)).isInstanceOf(CertificateTransitionRefused.class);
			assertThatThrownBy(() -> ended.cancel(typed("注销"), ADMIN, LATEST)).isInstanceOf(CertificateTransitionRefused.class);
			assertThat(ended.lapse(typed("未年检"), Actor.SYSTEM, LATEST)).isFalse();
			assertThat(ended.expire(LocalDate.of(2029, 3, 4), EXPIRED, LATEST)).isFalse();
			assertThat(ended.history()).hasSize(2);
		}
	}

	@Test
	void onlyValidCountsAsHeld() {
		assertThat(CertificateStatus.VALID.held()).isTrue();
		for (CertificateStatus s : new CertificateStatus[] { CertificateStatus.SUSPENDED, CertificateStatus.INVALID,
				CertificateStatus.CANCELLED, CertificateStatus.REPLACED, CertificateStatus.EXPIRED }) {
			assertThat(s.held()).as(s.name()).isFalse();
		}
	}
}
