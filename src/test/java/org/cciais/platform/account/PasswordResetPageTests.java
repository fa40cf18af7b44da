package org.cciais.platform.account;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without a mail server the recovery page explains the manual's route (3.1.3) and offers nothing else. */
class PasswordResetPageTests extends PlatformTest {

	@Test
	void withoutMailThePageExplainsTheEmailToTheAssociationInTheManualsFormat() throws Exception {
		String page = mvc.perform(get("/password-reset")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("cciais@cciais.org", "***公司（公司全称）用户名或密码找回",
				"因**原因（丢失原因说明）导致企业用户名或密码丢失", "营业执照副本电子版")
			.doesNotContain("发送重置链接");
		String answer = mvc.perform(post("/password-reset").with(csrf()).param("username", enterprise().username()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("本平台未开通邮件发送");
	}

	@Test
	void anUnknownLinkSaysItIsInvalid() throws Exception {
		assertThat(mvc.perform(get("/password-reset/{t}", "no-such-token-0123456789")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("该重置链接无效");
	}
}
