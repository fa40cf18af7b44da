package org.cciais.platform.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.application.ApplicationsExpired;
import org.cciais.platform.testing.TestMailServer;
import org.cciais.platform.notification.internal.MailOutbox;
import org.cciais.platform.notification.internal.Mailer;
import org.cciais.platform.notification.internal.Notification;
import org.cciais.platform.notification.internal.OutboxMail;
import org.cciais.platform.notification.internal.OutboxMails;
import org.cciais.platform.shared.web.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cciais.platform.application.ApplicationStatus.ACCEPTED;
import static org.cciais.platform.application.ApplicationStatus.EXPIRED;
import static org.cciais.platform.application.ApplicationStatus.SUBMITTED;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 3 item 7: every to-do and notice is also sent by e-mail to the account's address, through the suite's one
 * mail context ({@link TestMailServer}).
 */
@ContextConfiguration(initializers = TestMailServer.class)
class NotificationMailTests extends NotificationTestSupport {

	private static final GreenMail greenMail = TestMailServer.smtp();

	@Value("${cciais.base-url}")
	String baseUrl;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxMails outboxMails;

	@Autowired
	Mailer mailer;

	@Test
	void toDoIsMailedToTheEnterpriseAccountsAddressWithTheLinkToTheActionPage() throws Exception {
		Case c = newCase();
		AccountView enterprise = accounts.findById(c.enterprise().accountId()).orElseThrow();
		publish(step(c, SUBMITTED, ACCEPTED, "accept", null, false, Instant.parse("2026-12-02T10:00:00Z")));

		MimeMessage mail = awaitMailTo(enterprise.email()).get(0);

		assertThat(mail.getSubject()).isEqualTo("【CCIAIS】待办：金融行业三级资质申请（已受理，待上传材料）");
		String body = text(mail).replace("\r\n", "\n");
		assertThat(body).startsWith(enterprise.displayName() + "，您好：\n\n金融行业三级资质申请已受理，请于 2026-12-02 18:00 前上传申请材料")
			.contains("请登录平台办理：" + baseUrl + "/enterprise/progress/" + c.applicationId() + "/materials")
			.contains("中国通信工业协会信息安全分会");
		assertThat(Arrays.stream(mail.getFrom()).map(Address::toString)).containsExactly("noreply@cciais.org");
	}

	@Test
	void anEnterpriseThatChoseEnglishGetsItsToDoAndItsMailInEnglishAndTheReviewOrgStaysChinese() throws Exception {
		Case c = newCase();
		accounts.rememberLanguage(c.enterprise().accountId(), Languages.ENGLISH);
		AccountView enterprise = accounts.findById(c.enterprise().accountId()).orElseThrow();
		publish(step(c, null, SUBMITTED, "submit"));
		publish(step(c, SUBMITTED, ACCEPTED, "accept", null, false, Instant.parse("2026-12-02T10:00:00Z")));

		MimeMessage todo = await().atMost(Duration.ofSeconds(20))
			.until(() -> awaitMailTo(enterprise.email()).stream()
				.filter(m -> subject(m).startsWith("[CCIAIS] To-do: "))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		// the state of the application is named by the application module (still Chinese until it is Labelled)
		assertThat(subject(todo)).startsWith("[CCIAIS] To-do: Finance Level 3 qualification application (");
		String body = text(todo).replace("\r\n", "\n");
		assertThat(body).startsWith("Dear " + enterprise.displayName() + ",\n\nThe Finance Level 3 qualification "
				+ "application has been accepted: please upload the application materials by 2026-12-02 18:00")
			.contains("Please log in to the platform to act: " + baseUrl + "/enterprise/progress/"
					+ c.applicationId() + "/materials")
			.contains("China Communications Industry Association, Information Security Branch");
		assertThat(body.replace(enterprise.displayName(), "")).as("no Chinese but the name").doesNotContainPattern(
				"\\p{IsHan}");
		assertThat(awaitText(enterprise.id(), "has been submitted").getText())
			.isEqualTo("The Finance Level 3 qualification application has been submitted to the review organisation: "
					+ "please wait for it to be accepted.");

		AccountView org = c.reviewOrgAccounts().get(0);
		assertThat(subject(awaitMailTo(org.email()).get(0))).startsWith("【CCIAIS】待办：" + c.enterprise().name()
				+ "的金融行业三级资质申请");
		assertThat(awaitText(org.id(), "请审核申请信息后受理或退回").getText())
			.isEqualTo(c.enterprise().name() + "的金融行业三级资质申请已提交，请审核申请信息后受理或退回。");
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void everyAccountOfTheReviewOrgGetsItsOwnMailAndTheEnterpriseItsProgressNotice() throws Exception {
		Case c = newCase();
		publish(step(c, null, SUBMITTED, "submit"));

		for (AccountView org : c.reviewOrgAccounts()) {
			MimeMessage mail = awaitMailTo(org.email()).get(0);
			assertThat(mail.getSubject()).startsWith("【CCIAIS】待办：" + c.enterprise().name() + "的金融行业三级资质申请");
			assertThat(text(mail)).contains("请审核申请信息后受理或退回")
				.contains(baseUrl + "/review-org/applications/" + c.applicationId());
		}
		MimeMessage notice = awaitMailTo(c.enterprise().username() + "@example.com").get(0);
		assertThat(notice.getSubject()).isEqualTo("【CCIAIS】通知：金融行业三级资质申请（已提交，待受理）");
		assertThat(text(notice)).contains("详情请见：" + baseUrl + "/enterprise/progress/");
	}

	@Test
	void aBatchOfTheDeadlineSweepMailsEachEnterpriseInItsLanguageOnceItsNotificationIsStored() throws Exception {
		Case chinese = newCase();
		Case english = newCase();
		accounts.rememberLanguage(english.enterprise().accountId(), Languages.ENGLISH);
		AccountView first = accounts.findById(chinese.enterprise().accountId()).orElseThrow();
		AccountView second = accounts.findById(english.enterprise().accountId()).orElseThrow();

		publish(new ApplicationsExpired(List.of(step(chinese, ACCEPTED, EXPIRED, "expire"),
				step(english, ACCEPTED, EXPIRED, "expire"))));

		assertThat(awaitMailTo(first.email())).singleElement()
			.satisfies(m -> assertThat(m.getSubject()).isEqualTo("【CCIAIS】通知：金融行业三级资质申请（已过期清除）"));
		assertThat(awaitMailTo(second.email())).singleElement()
			.satisfies(m -> assertThat(m.getSubject())
				.isEqualTo("[CCIAIS] Notice: Finance Level 3 qualification application (Expired and cleared)"));
		for (Case c : List.of(chinese, english)) {
			Notification stored = awaitText(c.enterprise().accountId(), "7");
			assertThat(outboxMails.findByDedupKey("notification:" + stored.getId())).get()
				.extracting(OutboxMail::getRecipient)
				.isEqualTo(accounts.findById(c.enterprise().accountId()).orElseThrow().email());
		}
		assertThat(awaitText(english.enterprise().accountId(), "7").getText()).isEqualTo("The materials of the "
				+ "Finance Level 3 qualification application were not submitted within 7 days of acceptance; the "
				+ "system has deleted the application. To apply for this industry again, submit a new application.");
	}

	@Test
	void eachMailHasAnHtmlPartBesideTheTextFromTheMailTemplates() throws Exception {
		Case c = newCase();
		AccountView enterprise = accounts.findById(c.enterprise().accountId()).orElseThrow();
		publish(step(c, SUBMITTED, ACCEPTED, "accept", null, false, Instant.parse("2026-12-02T10:00:00Z")));

		MimeMessage mail = awaitMailTo(enterprise.email()).get(0);

		String html = part(mail.getContent(), "text/html");
		assertThat(html).contains("<p>" + enterprise.displayName() + "，您好：</p>")
			.contains("<a href=\"" + baseUrl + "/enterprise/progress/" + c.applicationId() + "/materials\"");
	}

	/**
	 * Issue 13 item 8: with the SMTP server down the mail waits in the outbox with its attempt count and the time of
	 * the next attempt (one minute, then doubling); once the server is back and that time has come it is sent,
	 * once.
	 */
	@Test
	void aMailWhileTheSmtpServerIsDownWaitsInTheOutboxAndIsSentOnceWhenItIsBack() throws Exception {
		greenMail.stop();
		Case c = newCase();
		AccountView enterprise = accounts.findById(c.enterprise().accountId()).orElseThrow();
		publish(step(c, SUBMITTED, ACCEPTED, "accept", null, false, Instant.parse("2026-12-02T10:00:00Z")));

		OutboxMail pending = await().atMost(Duration.ofSeconds(20))
			.until(() -> outboxRowTo(enterprise.email()),
					m -> m != null && m.getAttempts() == 1 && m.getLastError() != null);
		assertThat(pending.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
		assertThat(pending.getLastError()).isNotBlank();
		Instant failedAt = clock.instant();
		assertThat(pending.getNextAttemptAt()).isBetween(failedAt.plusSeconds(50), failedAt.plusSeconds(60));

		greenMail.start();
		outbox.runOnce();
		assertThat(outboxRowTo(enterprise.email()).getAttempts()).as("not due before its next attempt").isEqualTo(1);
		assertThat(TestMailServer.mailsTo(enterprise.email())).isEmpty();

		clock.advance(Duration.ofMinutes(2));
		outbox.runOnce();
		outbox.runOnce();

		assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> sentTo(m, enterprise.email())))
			.hasSize(1);
		OutboxMail sent = outboxRowTo(enterprise.email());
		assertThat(sent.getStatus()).isEqualTo(OutboxMail.Status.SENT);
		assertThat(sent.getAttempts()).isEqualTo(2);
	}

	@Test
	void theSameNotificationKeyNeverMakesASecondMail() {
		String key = "notification:test-" + java.util.UUID.randomUUID();
		String to = unique("twice") + "@example.com";
		mailer.send(to, "甲", "主题", "正文", null, false, key, Languages.CHINESE);
		mailer.send(to, "甲", "主题", "正文", null, false, key, Languages.CHINESE);

		assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = ?", Long.class, key))
			.isEqualTo(1);
		assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> sentTo(m, to))).hasSize(1);
	}

	/** The admin lists the failed mails and resends one; a mail that has not failed cannot be resent. */
	@Test
	void theAdminSeesFailedMailsAndResendsThem() throws Exception {
		String to = unique("failed") + "@example.com";
		jdbc.update("insert into mail_outbox (dedup_key, recipient, subject, text_body, html_body, status, attempts, "
				+ "next_attempt_at, last_error, created_at) values (?, ?, '失败的邮件', '正文', '<p>正文</p>', 'FAILED', 8, ?, "
				+ "'Connection refused', ?)", "test:" + to, to, java.sql.Timestamp.from(clock.instant()),
				java.sql.Timestamp.from(clock.instant()));
		long id = jdbc.queryForObject("select id from mail_outbox where recipient = ?", Long.class, to);
		String admin = token("admin");

		String failed = mvc.perform(bearer(get("/api/v1/admin/mails").param("status", "FAILED"), admin))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(read(failed).findValuesAsString("recipient")).contains(to);

		mvc.perform(bearer(post("/api/v1/admin/mails/{id}/resend", id), admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SENT"))
			.andExpect(jsonPath("$.attempts").value(1));
		assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> sentTo(m, to))).hasSize(1);

		mvc.perform(bearer(post("/api/v1/admin/mails/{id}/resend", id), admin))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("只有发送失败的邮件可以重新发送"));
		mvc.perform(bearer(post("/api/v1/admin/mails/{id}/resend", 987654321L), admin))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/admin/mails").param("status", "LOST"), admin))
			.andExpect(status().isBadRequest());
		mvc.perform(bearer(get("/api/v1/admin/mails"), token(enterpriseUsername())))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'mail.resend' and object_id = ?",
				Long.class, Long.toString(id))).isEqualTo(1);

		String page = mvc.perform(get("/admin/mails").param("status", "SENT")
				.cookie(org.cciais.platform.testing.PageSessions.login(mvc, "admin", "admin-test-pass-1")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("邮件发送记录").contains(to);
		String metrics = mvc.perform(get("/actuator/prometheus")
				.cookie(org.cciais.platform.testing.PageSessions.login(mvc, "admin", "admin-test-pass-1")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(metrics).containsPattern("(?m)^cciais_mails_sent_total\\{[^}]*\\} [1-9]");
	}

	private String enterpriseUsername() {
		return enterprise().username();
	}

	private OutboxMail outboxRowTo(String address) {
		return outboxMails.findAll().stream().filter(m -> m.getRecipient().equalsIgnoreCase(address)).findFirst()
			.orElse(null);
	}

	/** The text/plain part of a mail (the HTML part beside it is checked on its own). */
	static String text(MimeMessage mail) throws Exception {
		return part(mail.getContent(), "text/plain");
	}

	static String part(Object content, String type) throws Exception {
		if (content instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				var body = multipart.getBodyPart(i);
				if (body.isMimeType(type)) {
					return (String) body.getContent();
				}
				String inner = part(body.getContent(), type);
				if (inner != null) {
					return inner;
				}
			}
			return null;
		}
		return null;
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
