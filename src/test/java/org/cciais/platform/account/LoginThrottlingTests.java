package org.cciais.platform.account;

import java.time.Duration;

import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Guessing is throttled per account: five failures in a row lock it for 15 minutes, on the API and the page. */
class LoginThrottlingTests extends PlatformTest {

	private ResultActions apiLogin(String username, String password) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
	}

	@Test
	void apiLocksTheAccountAfterFiveFailuresWith429UntilFifteenMinutesHavePassed() throws Exception {
		var enterprise = enterprise();
		for (int i = 1; i <= 4; i++) {
			apiLogin(enterprise.username(), "Guess-Number-" + i).andExpect(status().isUnauthorized());
		}
		apiLogin(enterprise.username(), "Guess-Number-5").andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value("连续登录失败次数过多，账号已暂时锁定，请 15 分钟后再试"));
		apiLogin(enterprise.username(), PASSWORD).andExpect(status().isTooManyRequests());

		clock.advance(Duration.ofMinutes(14));
		apiLogin(enterprise.username(), PASSWORD).andExpect(status().isTooManyRequests());
		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		apiLogin(enterprise.username(), PASSWORD).andExpect(status().isOk());
	}

	@Test
	void pageShowsTheLockMessageFromTheFifthFailureAndRefusesEvenTheRightPassword() throws Exception {
		var enterprise = enterprise();
		for (int i = 1; i <= 4; i++) {
			assertThat(PageSessions.attempt(mvc, enterprise.username(), "Guess-" + i).getResponse()
				.getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(PageSessions.attempt(mvc, enterprise.username(), "Guess-5").getResponse().getRedirectedUrl())
			.isEqualTo("/login?locked");
		assertThat(PageSessions.attempt(mvc, enterprise.username(), PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?locked");
		assertThat(mvc.perform(get("/login").param("locked", "")).andReturn().getResponse().getContentAsString())
			.contains("连续登录失败次数过多，账号已暂时锁定，请 15 分钟后再试");
		// The page and the API share the lock.
		apiLogin(enterprise.username(), PASSWORD).andExpect(status().isTooManyRequests());

		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		PageSessions.login(mvc, enterprise.username(), PASSWORD);
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() throws Exception {
		var enterprise = enterprise();
		for (int i = 1; i <= 4; i++) {
			apiLogin(enterprise.username(), "Guess-" + i).andExpect(status().isUnauthorized());
		}
		apiLogin(enterprise.username(), PASSWORD).andExpect(status().isOk());
		for (int i = 1; i <= 4; i++) {
			apiLogin(enterprise.username(), "Guess-" + i).andExpect(status().isUnauthorized());
		}
		apiLogin(enterprise.username(), PASSWORD).andExpect(status().isOk());
	}

	@Test
	void unknownLoginNamesAnswerLikeWrongPasswords() throws Exception {
		String nobody = unique("nobody");
		for (int i = 1; i <= 6; i++) {
			apiLogin(nobody, "Guess-" + i).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value("登录名或密码错误"));
		}
		assertThat(PageSessions.attempt(mvc, nobody, "Guess").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
	}
}
