package org.cciais.platform.account;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.testing.Html;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 企业密码变更 (manual 5.2): the current password is checked, then every session and token ends. */
class PasswordChangeTests extends PlatformTest {

	private static final String NEW_PASSWORD = "Brand-New-Secret-77";

	private String change(String current, String next) {
		return "{\"currentPassword\":" + (current == null ? "null" : "\"" + current + "\"") + ",\"newPassword\":"
				+ (next == null ? "null" : "\"" + next + "\"") + "}";
	}

	@Test
	void changingThePasswordKillsOldTokensAndEndsOtherSessions() throws Exception {
		var enterprise = enterprise();
		String oldToken = token(enterprise.username());
		Cookie browser = PageSessions.login(mvc, enterprise.username(), PASSWORD);
		mvc.perform(get("/enterprise/profile").cookie(browser)).andExpect(status().isOk());

		mvc.perform(bearer(post("/api/v1/me/password"), oldToken).contentType(MediaType.APPLICATION_JSON)
				.content(change(PASSWORD, NEW_PASSWORD)))
			.andExpect(status().isNoContent());

		mvc.perform(bearer(get("/api/v1/me"), oldToken)).andExpect(status().isUnauthorized());
		mvc.perform(get("/enterprise/profile").cookie(browser))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + enterprise.username() + "\",\"password\":\"" + PASSWORD + "\"}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + enterprise.username() + "\",\"password\":\"" + NEW_PASSWORD + "\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void refusesAWrongCurrentPasswordAWeakOneAndTheSameOne() throws Exception {
		var enterprise = enterprise();
		String token = token(enterprise.username());
		mvc.perform(bearer(post("/api/v1/me/password"), token).contentType(MediaType.APPLICATION_JSON)
				.content(change("Wrong-Password-1", NEW_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"))
			.andExpect(jsonPath("$.errors[0].message").value("当前密码不正确"));
		mvc.perform(bearer(post("/api/v1/me/password"), token).contentType(MediaType.APPLICATION_JSON)
				.content(change(PASSWORD, "password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		mvc.perform(bearer(post("/api/v1/me/password"), token).contentType(MediaType.APPLICATION_JSON)
				.content(change(PASSWORD, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("新密码不能与当前密码相同"));
		mvc.perform(bearer(post("/api/v1/me/password"), token).contentType(MediaType.APPLICATION_JSON)
				.content(change(PASSWORD, null)))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/me/password").contentType(MediaType.APPLICATION_JSON)
				.content(change(PASSWORD, NEW_PASSWORD)))
			.andExpect(status().isUnauthorized());
		// Nothing changed: the old token still works.
		mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());
	}

	@Test
	void passwordPageShowsErrorsBesideTheFieldsAndAfterSuccessSendsTheBrowserToTheLogin() throws Exception {
		var enterprise = enterprise();
		Cookie browser = PageSessions.login(mvc, enterprise.username(), PASSWORD);
		String page = mvc.perform(get("/account/password").cookie(browser)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("企业密码变更", "当前密码", "确认新密码");

		String wrong = mvc.perform(post("/account/password").cookie(browser).with(csrf())
				.param("currentPassword", "Wrong-Password-1").param("newPassword", NEW_PASSWORD)
				.param("confirmPassword", NEW_PASSWORD))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(wrong, "pw-currentPassword-error")).isEqualTo("当前密码不正确");
		assertThat(wrong).doesNotContain(NEW_PASSWORD);

		String mismatch = mvc.perform(post("/account/password").cookie(browser).with(csrf())
				.param("currentPassword", PASSWORD).param("newPassword", NEW_PASSWORD)
				.param("confirmPassword", "Other-Secret-88"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(mismatch, "pw-confirmPassword-error")).isEqualTo("两次输入的密码不一致");

		mvc.perform(post("/account/password").cookie(browser).with(csrf()).param("currentPassword", PASSWORD)
				.param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login?changed"));
		mvc.perform(get("/account/password").cookie(browser)).andExpect(redirectedUrl("/login"));
		assertThat(mvc.perform(get("/login").param("changed", "")).andReturn().getResponse().getContentAsString())
			.contains("密码已修改，请使用新密码重新登录");
		PageSessions.login(mvc, enterprise.username(), NEW_PASSWORD);
	}

	@Test
	void refusesAPasswordFromDeepInTheCommonListInChinese() throws Exception {
		String token = token(enterprise().username());
		mvc.perform(bearer(post("/api/v1/me/password"), token).contentType(MediaType.APPLICATION_JSON)
				.content(change(PASSWORD, "03062002"))) // rank 90,000 of the 100,000 most common
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"))
			.andExpect(jsonPath("$.errors[0].message").value("密码过于常见或与登录名相同，请换一个"));
		mvc.perform(bearer(post("/api/v1/me/password"), token).contentType(MediaType.APPLICATION_JSON)
				.content(change(PASSWORD, NEW_PASSWORD)))
			.andExpect(status().isNoContent());
	}
}
