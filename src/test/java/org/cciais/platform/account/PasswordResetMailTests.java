package org.cciais.platform.account;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.cciais.platform.testing.Html;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.cciais.platform.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Self-service reset by e-mail (beside the manual's 3.1.3 mail to the association), against a real SMTP server in
 * the suite's one mail context ({@link TestMailServer}), since mail is off in the shared one.
 */
@ContextConfiguration(initializers = TestMailServer.class)
class PasswordResetMailTests extends PlatformTest {

	private ResultActions request(String username) throws Exception {
		return mvc.perform(post("/api/v1/password-reset").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\"}"));
	}

	private ResultActions complete(String token, String password) throws Exception {
		return mvc.perform(post("/api/v1/password-reset/confirm").contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\":\"" + token + "\",\"newPassword\":\"" + password + "\"}"));
	}

	private MimeMessage[] mailTo(String address) {
		return TestMailServer.mailsTo(address);
	}

	/** Every reset link mailed so far, to anyone (the notification mails of other tests reach the same server). */
	private static MimeMessage[] resetLinks() {
		return TestMailServer.received(m -> {
			try {
				return m.getSubject().contains("重置登录密码");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** Waits until {@code count} mails have reached {@code address}: the links go out after the answer. */
	private void awaitMails(String address, int count) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(address).length >= count);
	}

	/**
	 * Waits until every request made so far has been handled: links are mailed in the order asked, so once a
	 * fresh account's link has arrived, nothing asked before it is still on its way.
	 */
	private void awaitRequestsHandled() throws Exception {
		String fresh = enterprise().username();
		request(fresh).andExpect(status().isAccepted());
		// its own mail, not just any: other tests' notification mails reach the same server at any time
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(fresh + "@example.com").length == 1);
	}

	private static String tokenIn(MimeMessage mail) throws Exception {
		// getContent() decodes the transfer encoding (the Chinese text travels base64 or quoted-printable).
		Matcher m = Pattern.compile("/password-reset/([A-Za-z0-9_-]{20,})").matcher((String) mail.getContent());
		assertThat(m.find()).as("the mail carries a reset link").isTrue();
		return m.group(1);
	}

	@Test
	void mailsAOneTimeLinkThatSetsANewPasswordExactlyOnce() throws Exception {
		var enterprise = enterprise();
		String oldToken = token(enterprise.username());
		request(enterprise.username()).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("如果该登录名存在")));
		awaitMails(enterprise.username() + "@example.com", 1);
		MimeMessage[] mails = mailTo(enterprise.username() + "@example.com");
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getSubject()).contains("重置登录密码");
		String token = tokenIn(mails[0]);

		String page = mvc.perform(get("/password-reset/{t}", token)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("设置新密码", "np-newPassword").doesNotContain("该重置链接无效");

		complete(token, "password").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		complete(token, "Reset-By-Mail-2026").andExpect(status().isNoContent());
		complete(token, "Another-Reset-2026").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("token"));

		mvc.perform(bearer(get("/api/v1/me"), oldToken)).andExpect(status().isUnauthorized());
		PageSessions.login(mvc, enterprise.username(), "Reset-By-Mail-2026");
	}

	@Test
	void answersTheSameForUnknownNamesAndAccountsWithoutEmailAndSendsNothing() throws Exception {
		var enterprise = enterprise();
		int before = resetLinks().length;
		var known = request(enterprise.username()).andReturn().getResponse();
		var unknown = request(unique("nobody")).andReturn().getResponse();
		assertThat(known.getStatus()).isEqualTo(202);
		assertThat(unknown.getStatus()).isEqualTo(202);
		assertThat(known.getContentAsString())
			.isEqualTo("{\"message\":\"如果该登录名存在且登记了邮箱，重置链接已发送至该邮箱，30 分钟内有效。\"}");
		assertThat(unknown.getContentAsString()).isEqualTo(known.getContentAsString());
		assertThat(unknown.getHeaderNames()).containsExactlyInAnyOrderElementsOf(known.getHeaderNames());
		awaitMails(enterprise.username() + "@example.com", 1);
		assertThat(mailTo(enterprise.username() + "@example.com")).hasSize(1);

		var withoutMail = accounts.create(new NewAccount(unique("nomail"), PASSWORD,
				org.cciais.platform.shared.Role.EXPERT, "专家", null, null, null), admin());
		request(withoutMail.username()).andExpect(status().isAccepted());
		request("").andExpect(status().isAccepted());
		awaitRequestsHandled();
		assertThat(resetLinks()).as("the known name's link and the fresh account's, nothing else").hasSize(before + 2);
		mvc.perform(post("/api/v1/password-reset").contentType(MediaType.APPLICATION_JSON).content("{bad"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aLinkExpiresAfterThirtyMinutesAndOnlyTheNewestLinkWorks() throws Exception {
		var enterprise = enterprise();
		String address = enterprise.username() + "@example.com";
		request(enterprise.username());
		awaitMails(address, 1);
		String first = tokenIn(mailTo(address)[0]);
		request(enterprise.username());
		awaitMails(address, 2);
		String second = tokenIn(mailTo(address)[1]);
		complete(first, "Old-Link-Password-1").andExpect(status().isBadRequest());

		clock.advance(Duration.ofMinutes(31));
		complete(second, "Late-Link-Password-1").andExpect(status().isBadRequest());
		assertThat(mvc.perform(get("/password-reset/{t}", second)).andReturn().getResponse().getContentAsString())
			.contains("该重置链接无效、已使用或已超过 30 分钟有效期");
	}

	@Test
	void atMostThreeLinksAnHourAreSentToOneAccount() throws Exception {
		var enterprise = enterprise();
		String address = enterprise.username() + "@example.com";
		for (int i = 0; i < 5; i++) {
			request(enterprise.username()).andExpect(status().isAccepted());
		}
		awaitRequestsHandled();
		assertThat(mailTo(address)).hasSize(3);
		// an hour after the first three links, one more is sent (and, the three being an hour old, it is the fourth)
		clock.advance(Duration.ofMinutes(61));
		request(enterprise.username()).andExpect(status().isAccepted());
		awaitRequestsHandled();
		assertThat(mailTo(address)).hasSize(4);
	}

	@Test
	void thePagesLeadFromTheLoginNameToANewPassword() throws Exception {
		var enterprise = enterprise();
		String page = mvc.perform(get("/password-reset")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("通过邮箱重置密码", "cciais@cciais.org", "营业执照副本电子版");
		String answer = mvc.perform(post("/password-reset").with(csrf()).param("username", enterprise.username()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("重置链接已发送至该邮箱");
		awaitRequestsHandled();
		String token = tokenIn(mailTo(enterprise.username() + "@example.com")[0]);

		String mismatch = mvc.perform(post("/password-reset/{t}", token).with(csrf())
				.param("newPassword", "Page-Reset-2026").param("confirmPassword", "Page-Reset-2027"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(mismatch, "np-confirmPassword-error")).isEqualTo("两次输入的密码不一致");
		mvc.perform(post("/password-reset/{t}", token).with(csrf()).param("newPassword", "Page-Reset-2026")
				.param("confirmPassword", "Page-Reset-2026"))
			.andExpect(redirectedUrl("/login?reset"));
		PageSessions.login(mvc, enterprise.username(), "Page-Reset-2026");
	}
}
