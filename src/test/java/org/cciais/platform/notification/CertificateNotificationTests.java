package org.cciais.platform.notification;

import java.time.LocalDate;

import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateStatusChanged;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.notification.internal.Notification;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.web.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Manual 3.5 and 4.4: the enterprise hears when its certificate is issued, suspended, restored, cancelled, becomes
 * invalid (失效) or expires.
 */
class CertificateNotificationTests extends NotificationTestSupport {

	@Autowired
	CertificateQueries certificates;

	@Autowired
	CertificateManagement management;

	@Test
	void enterpriseIsToldOfItsNewCertificateAndOfItsInvalidationWithTheReason() {
		Case c = newCase();
		publish(new ApplicationApproved(c.applicationId(), c.enterprise().id(), Industry.GOVERNMENT, Level.LEVEL_2,
				c.reviewOrg().id(), c.consultingOrg().id(), clock.instant()));
		CertificateView certificate = await().until(() -> certificates.byApplication(c.applicationId()),
				java.util.Optional::isPresent).orElseThrow();

		Notification issued = awaitText(c.enterprise().accountId(), "资质证书（证书编号 " + certificate.number() + "）已颁发");
		assertThat(issued.getText()).isEqualTo("您的政府行业二级资质证书（证书编号 " + certificate.number() + "）已颁发，有效期至 "
				+ certificate.expiresOn() + "，可在“证书查询”中查看和下载电子证书。");
		assertThat(issued.getLink()).isEqualTo("/enterprise/certificates");
		assertThat(issued.isActionRequired()).isFalse();

		management.lapse(certificate.id(), "未在规定时间内提交年检材料", admin());

		Notification invalid = awaitText(c.enterprise().accountId(), "已失效");
		assertThat(invalid.getText()).isEqualTo("您的政府行业二级资质证书（证书编号 " + certificate.number()
				+ "）已失效：未在规定时间内提交年检材料");
	}

	@Test
	void anEnterpriseThatChoseEnglishIsToldWhyItsCertificateLapsedInEnglish() {
		Case c = newCase();
		accounts.rememberLanguage(c.enterprise().accountId(), Languages.ENGLISH);
		publish(new ApplicationApproved(c.applicationId(), c.enterprise().id(), Industry.GOVERNMENT, Level.LEVEL_2,
				c.reviewOrg().id(), c.consultingOrg().id(), clock.instant()));
		CertificateView certificate = await().until(() -> certificates.byApplication(c.applicationId()),
				java.util.Optional::isPresent).orElseThrow();

		management.lapseForMissedInspection(certificate.id(), LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 31));

		Notification invalid = awaitText(c.enterprise().accountId(), "is no longer valid");
		assertThat(invalid.getText()).isEqualTo("Your Government Level 2 qualification certificate (No. "
				+ certificate.number() + ") is no longer valid: Annual inspection not submitted in time (2027-07-01 "
				+ "to 2027-08-31)");
		// the certificate's own reason stays the Chinese record
		assertThat(certificates.find(certificate.id()).orElseThrow().invalidReason())
			.isEqualTo("未在规定时间内提交年检（2027-07-01 至 2027-08-31）");
	}

	@Test
	void enterpriseIsToldWhenItsCertificateExpires() {
		Case c = newCase();
		publish(new ApplicationApproved(c.applicationId(), c.enterprise().id(), Industry.ENERGY, Level.LEVEL_3,
				c.reviewOrg().id(), null, clock.instant()));
		CertificateView certificate = await().until(() -> certificates.byApplication(c.applicationId()),
				java.util.Optional::isPresent).orElseThrow();

		// As the certificate module's expiry job publishes it three years later.
		publish(new CertificateStatusChanged(certificate.id(), c.enterprise().id(), CertificateStatus.EXPIRED,
				"有效期已满三年"));

		Notification expired = awaitText(c.enterprise().accountId(), "已过期");
		assertThat(expired.getText()).startsWith("您的能源行业三级资质证书（证书编号 " + certificate.number() + "）已过期：有效期已满三年");
	}

	@Test
	void enterpriseIsToldOfSuspensionRestorationAndCancellationWithTheReasons() {
		Case c = newCase();
		publish(new ApplicationApproved(c.applicationId(), c.enterprise().id(), Industry.FINANCE, Level.LEVEL_3,
				c.reviewOrg().id(), null, clock.instant()));
		CertificateView certificate = await().until(() -> certificates.byApplication(c.applicationId()),
				java.util.Optional::isPresent).orElseThrow();

		management.suspend(certificate.id(), "接到投诉，调查期间暂停", admin());
		Notification suspended = awaitText(c.enterprise().accountId(), "已被协会暂停");
		assertThat(suspended.getText()).isEqualTo("您的金融行业三级资质证书（证书编号 " + certificate.number()
				+ "）已被协会暂停：接到投诉，调查期间暂停。暂停期间该证书不视为持有，恢复后重新有效。");

		management.restore(certificate.id(), "投诉不成立", admin());
		Notification restored = awaitText(c.enterprise().accountId(), "已恢复有效");
		assertThat(restored.getText()).isEqualTo("您的金融行业三级资质证书（证书编号 " + certificate.number()
				+ "）已恢复有效：投诉不成立");

		var request = management.requestCancellation(certificate.id(), "停止该业务", c.enterprise().principal());
		management.confirm(request.id(), null, admin());
		Notification cancelled = awaitText(c.enterprise().accountId(), "已注销");
		assertThat(cancelled.getText()).isEqualTo("您的金融行业三级资质证书（证书编号 " + certificate.number()
				+ "）已注销：企业申请注销：停止该业务。如需再次持有该行业资质，可从三级重新申请。");
	}
}
