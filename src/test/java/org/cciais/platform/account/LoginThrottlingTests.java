package org.cciais.platform.account;

import java.time.Duration;

import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing is throttled per (login name, client address) and per client address, never per account alone: five
 * failures for a name from one address lock that name from that address for 15 minutes, while the owner still logs
 * in from elsewhere; an address that keeps failing is slowed from its 10th failure within an hour and refused from
 * its 20th. Unknown names are treated exactly like known ones.
 */
class LoginThrottlingTests extends PlatformTest {

	/** Every test guesses from addresses of its own, so that the counts of one test never reach another. */
	private static String newAddress() {
		return PageSessions.ownAddress();
	}

	private ResultActions apiLogin(String username, String password, String from) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
			.with(PageSessions.from(from)));
	}

	private String pageLogin(String username, String password, String from) throws Exception {
		MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
			.with(csrf())
			.with(PageSessions.from(from))).andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	@Test
	void apiLocksTheNameFromThatAddressAfterFiveFailuresWith429UntilFifteenMinutesHavePassed() throws Exception {
		var enterprise = enterprise();
		String attacker = newAddress();
		for (int i = 1; i <= 4; i++) {
			apiLogin(enterprise.username(), "Guess-Number-" + i, attacker).andExpect(status().isUnauthorized());
		}
		apiLogin(enterprise.username(), "Guess-Number-5", attacker).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(jsonPath("$.detail").value("连续登录失败次数过多，账号已暂时锁定，请 15 分钟后再试"));
		apiLogin(enterprise.username(), PASSWORD, attacker).andExpect(status().isTooManyRequests());

		clock.advance(Duration.ofMinutes(14));
		apiLogin(enterprise.username(), PASSWORD, attacker).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"));
		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		apiLogin(enterprise.username(), PASSWORD, attacker).andExpect(status().isOk());
	}

	@Test
	void theLockLastsFifteenMinutesFromTheFailureThatMadeFiveWithinFifteenMinutes() throws Exception {
		var enterprise = enterprise();
		String attacker = newAddress();
		apiLogin(enterprise.username(), "Guess-Number-1", attacker).andExpect(status().isUnauthorized());
		clock.advance(Duration.ofMinutes(10));
		for (int i = 2; i <= 4; i++) {
			apiLogin(enterprise.username(), "Guess-Number-" + i, attacker).andExpect(status().isUnauthorized());
		}
		apiLogin(enterprise.username(), "Guess-Number-5", attacker).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"));
		// the first failure is 16 minutes old now: the lock still runs from the fifth
		clock.advance(Duration.ofMinutes(6));
		apiLogin(enterprise.username(), PASSWORD, attacker).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "540"));
		clock.advance(Duration.ofMinutes(9).plusSeconds(1));
		apiLogin(enterprise.username(), PASSWORD, attacker).andExpect(status().isOk());
	}

	@Test
	void failuresFromOneAddressDoNotLockTheOwnerOutOfAnotherAddress() throws Exception {
		var enterprise = enterprise();
		String attacker = newAddress();
		String owner = newAddress();
		for (int i = 1; i <= 6; i++) {
			apiLogin(enterprise.username(), "Guess-" + i, attacker);
		}
		apiLogin(enterprise.username(), PASSWORD, attacker).andExpect(status().isTooManyRequests());
		assertThat(pageLogin(enterprise.username(), PASSWORD, attacker)).isEqualTo("/login?locked");

		apiLogin(enterprise.username(), PASSWORD, owner).andExpect(status().isOk());
		assertThat(pageLogin(enterprise.username(), PASSWORD, owner)).isEqualTo("/portal");
	}

	@Test
	void pageShowsTheLockMessageFromTheFifthFailureAndRefusesEvenTheRightPassword() throws Exception {
		var enterprise = enterprise();
		String from = newAddress();
		for (int i = 1; i <= 4; i++) {
			assertThat(pageLogin(enterprise.username(), "Guess-" + i, from)).isEqualTo("/login?error");
		}
		assertThat(pageLogin(enterprise.username(), "Guess-5", from)).isEqualTo("/login?locked");
		assertThat(pageLogin(enterprise.username(), PASSWORD, from)).isEqualTo("/login?locked");
		assertThat(mvc.perform(get("/login").param("locked", "")).andReturn().getResponse().getContentAsString())
			.contains("连续登录失败次数过多，账号已暂时锁定，请 15 分钟后再试");
		// The page and the API share the count.
		apiLogin(enterprise.username(), PASSWORD, from).andExpect(status().isTooManyRequests());

		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(pageLogin(enterprise.username(), PASSWORD, from)).isEqualTo("/portal");
	}

	@Test
	void aSuccessfulLoginStartsTheCountOfThatNameAgain() throws Exception {
		var enterprise = enterprise();
		String from = newAddress();
		for (int i = 1; i <= 4; i++) {
			apiLogin(enterprise.username(), "Guess-" + i, from).andExpect(status().isUnauthorized());
		}
		apiLogin(enterprise.username(), PASSWORD, from).andExpect(status().isOk());
		for (int i = 1; i <= 4; i++) {
			apiLogin(enterprise.username(), "Guess-" + i, from).andExpect(status().isUnauthorized());
		}
		apiLogin(enterprise.username(), PASSWORD, from).andExpect(status().isOk());
	}

	@Test
	void unknownLoginNamesAnswerExactlyLikeKnownOnes() throws Exception {
		var enterprise = enterprise();
		String nobody = unique("nobody");
		String one = newAddress();
		String other = newAddress();
		for (int i = 1; i <= 4; i++) {
			apiLogin(nobody, "Guess-" + i, one).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value("登录名或密码错误"));
			apiLogin(enterprise.username(), "Guess-" + i, other).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value("登录名或密码错误"));
		}
		apiLogin(nobody, "Guess-5", one).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(jsonPath("$.detail").value("连续登录失败次数过多，账号已暂时锁定，请 15 分钟后再试"));
		apiLogin(enterprise.username(), "Guess-5", other).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(jsonPath("$.detail").value("连续登录失败次数过多，账号已暂时锁定，请 15 分钟后再试"));
		assertThat(pageLogin(nobody, "Guess", one)).isEqualTo("/login?locked");
		assertThat(pageLogin(enterprise.username(), "Guess", other)).isEqualTo("/login?locked");
	}

	@Test
	void anAddressSprayingManyNamesIsSlowedFromItsTenthFailureAndRefusedFromItsTwentieth() throws Exception {
		var enterprise = enterprise();
		String sprayer = newAddress();
		for (int i = 1; i <= 9; i++) {
			apiLogin(unique("victim"), "Spring-2026", sprayer).andExpect(status().isUnauthorized());
		}
		apiLogin(unique("victim"), "Spring-2026", sprayer).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.detail").value("此网络地址登录失败次数过多，请 1 分钟后再试"));
		// Slowed: even a right password waits.
		apiLogin(enterprise.username(), PASSWORD, sprayer).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "5"));
		assertThat(pageLogin(enterprise.username(), PASSWORD, sprayer)).isEqualTo("/login?throttled=1");
		assertThat(mvc.perform(get("/login").param("throttled", "1")).andReturn().getResponse()
			.getContentAsString()).contains("此网络地址登录失败次数过多，请 1 分钟后再试。");
		// The owner, elsewhere, is not slowed by the sprayer.
		apiLogin(enterprise.username(), PASSWORD, newAddress()).andExpect(status().isOk());

		// Each further failure doubles the wait, up to 15 minutes: after failures 11 … 19.
		long[] waits = { 5, 10, 20, 40, 80, 160, 320, 640, 900, 900 };
		for (int i = 1; i < waits.length; i++) {
			clock.advance(Duration.ofSeconds(waits[i - 1]));
			apiLogin(unique("victim"), "Spring-2026", sprayer).andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", String.valueOf(waits[i])));
		}
		// The twentieth failure within the hour: refused until the first failures are an hour old (3600 s after
		// them, 3075 s have passed), whatever the password.
		clock.advance(Duration.ofSeconds(900));
		apiLogin(unique("victim"), "Spring-2026", sprayer).andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value("此网络地址登录失败次数过多，请 9 分钟后再试"));
		apiLogin(enterprise.username(), PASSWORD, sprayer).andExpect(status().isTooManyRequests());
		assertThat(pageLogin(enterprise.username(), PASSWORD, sprayer)).isEqualTo("/login?throttled=9");

		clock.advance(Duration.ofSeconds(526));
		apiLogin(enterprise.username(), PASSWORD, sprayer).andExpect(status().isOk());
	}

	@Test
	void aSuccessDoesNotClearTheCountOfTheAddress() throws Exception {
		var enterprise = enterprise();
		String sprayer = newAddress();
		for (int i = 1; i <= 9; i++) {
			apiLogin(unique("victim"), "Spring-2026", sprayer).andExpect(status().isUnauthorized());
		}
		apiLogin(enterprise.username(), PASSWORD, sprayer).andExpect(status().isOk());
		// the tenth failure, after the success: slowed all the same
		apiLogin(unique("victim"), "Spring-2026", sprayer).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "5"));
	}
}
