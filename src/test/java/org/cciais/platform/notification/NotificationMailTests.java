package org.cciais.platform.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.cciais.platform.account.AccountView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cciais.platform.application.ApplicationStatus.ACCEPTED;
import static org.cciais.platform.application.ApplicationStatus.SUBMITTED;

/**
 * Issue 3 item 7: every to-do and notice is also sent by e-mail to the account's address. All mail tests live in
 * this class, because switching mail on gives it a Spring context of its own.
 */
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025", "cciais.mail.enabled=true" })
class NotificationMailTests extends NotificationTestSupport {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Value("${cciais.base-url}")
	String baseUrl;

	@Test
	void toDoIsMailedToTheEnterpriseAccountsAddressWithTheLinkToTheActionPage() throws Exception {
		Case c = newCase();
		AccountView enterprise = accounts.findById(c.enterprise().accountId()).orElseThrow();
		publish(step(c, SUBMITTED, ACCEPTED, "accept", null, false, Instant.parse("2026-12-02T10:00:00Z")));

		MimeMessage mail = awaitMailTo(enterprise.email()).get(0);

		assertThat(mail.getSubject()).isEqualTo("【CCIAIS】待办：金融行业三级资质申请（已受理，待上传材料）");
		String body = ((String) mail.getContent()).replace("\r\n", "\n");
		assertThat(body).startsWith(enterprise.displayName() + "，您好：\n\n金融行业三级资质申请已受理，请于 2026-12-02 18:00 前上传申请材料")
			.contains("请登录平台办理：" + baseUrl + "/enterprise/progress/" + c.applicationId() + "/materials")
			.contains("中国通信工业协会信息安全分会");
		assertThat(Arrays.stream(mail.getFrom()).map(Address::toString)).containsExactly("noreply@cciais.org");
	}

	@Test
	void everyAccountOfTheReviewOrgGetsItsOwnMailAndTheEnterpriseItsProgressNotice() throws Exception {
		Case c = newCase();
		publish(step(c, null, SUBMITTED, "submit"));

		for (AccountView org : c.reviewOrgAccounts()) {
			MimeMessage mail = awaitMailTo(org.email()).get(0);
			assertThat(mail.getSubject()).startsWith("【CCIAIS】待办：" + c.enterprise().name() + "的金融行业三级资质申请");
			assertThat((String) mail.getContent()).contains("请审核申请信息后受理或退回")
				.contains(baseUrl + "/review-org/applications/" + c.applicationId());
		}
		MimeMessage notice = awaitMailTo(c.enterprise().username() + "@example.com").get(0);
		assertThat(notice.getSubject()).isEqualTo("【CCIAIS】通知：金融行业三级资质申请（已提交，待受理）");
		assertThat((String) notice.getContent()).contains("详情请见：" + baseUrl + "/enterprise/progress/");
	}

	private List<MimeMessage> awaitMailTo(String address) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> sentTo(m, address))
			.toList(), list -> !list.isEmpty());
	}

	private static boolean sentTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
