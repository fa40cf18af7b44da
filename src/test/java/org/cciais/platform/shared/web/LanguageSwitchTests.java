package org.cciais.platform.shared.web;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The language switch of the header (中文 / English): {@code ?lang=} on any page, remembered in the cookie
 * {@code lang}; pages ignore the browser's {@code Accept-Language}, the API follows it.
 */
class LanguageSwitchTests extends PlatformTest {

	@Test
	void langParameterGivesTheEnglishPageAndRemembersItInTheCookie() throws Exception {
		String page = mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(cookie().value("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<html lang=\"en\"", "<h1 class=\"h4 mb-3 text-center\">User login</h1>",
				">Log in</button>", ">Forgotten login name or password</a>").doesNotContain("用户登录");
	}

	@Test
	void theCookieAloneKeepsEnglishOnTheNextPage() throws Exception {
		mvc.perform(get("/register").cookie(new Cookie("lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"h4 mb-3 text-center\">Register</h1>")))
			.andExpect(content().string(containsString("Enterprise registration")));
	}

	@Test
	void aPageStaysChineseForAnEnglishBrowserWithoutTheCookie() throws Exception {
		String page = mvc.perform(get("/login").header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(cookie().doesNotExist("lang"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<html lang=\"zh-CN\"", "用户登录").doesNotContain("User login");
	}

	@Test
	void theSwitchKeepsThePathAndTheQueryAndMarksTheCurrentLanguage() throws Exception {
		String page = mvc.perform(get("/notices?page=0&lang=en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("href=\"/notices?page=0&amp;lang=zh_CN\"", "href=\"/notices?page=0&amp;lang=en\"")
			.containsPattern("<a [^>]*href=\"/notices\\?page=0&amp;lang=en\"[^>]*aria-current=\"true\"[^>]*>English</a>")
			.containsPattern("<a [^>]*lang=\"zh-CN\"[^>]*>中文</a>")
			.doesNotContainPattern("<a [^>]*aria-current=\"true\"[^>]*>中文</a>");
	}

	@Test
	void anUnknownLanguageIsIgnored() throws Exception {
		mvc.perform(get("/login").param("lang", "xx"))
			.andExpect(status().isOk())
			.andExpect(cookie().doesNotExist("lang"))
			.andExpect(content().string(containsString("用户登录")));
		mvc.perform(get("/login").param("lang", "xx").cookie(new Cookie("lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("User login")));
		mvc.perform(get("/login").param("lang", "%%%"))
			.andExpect(status().isOk());
	}

	@Test
	void theApiAnswersProblemDetailsInTheLanguageOfAcceptLanguage() throws Exception {
		mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Please log in first (the credentials are missing or not valid)"));
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("请先登录（缺少或无效的登录凭证）"));

		String token = token(enterprise().username());
		mvc.perform(bearer(post("/api/v1/notifications/999999999/read"), token).header("Accept-Language", "en-US"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Notification not found, or you may not view it."));
		mvc.perform(bearer(post("/api/v1/notifications/999999999/read"), token))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("未找到该通知，或您无权查看。"));
	}

	@Test
	void aLoggedInUserWhoSwitchesLanguageHasItRememberedOnTheAccountForMailsAndNotifications() throws Exception {
		var enterprise = enterprise();
		assertThat(accounts.findById(enterprise.accountId()).orElseThrow().language()).isEqualTo(Languages.CHINESE);
		Cookie session = PageSessions.login(mvc, enterprise.username(), PASSWORD);

		mvc.perform(get("/notifications?lang=en").cookie(session)).andExpect(status().isOk());
		assertThat(accounts.findById(enterprise.accountId()).orElseThrow().language()).isEqualTo(Languages.ENGLISH);

		mvc.perform(get("/notifications?lang=xx").cookie(session)).andExpect(status().isOk());
		assertThat(accounts.findById(enterprise.accountId()).orElseThrow().language()).isEqualTo(Languages.ENGLISH);

		mvc.perform(get("/notifications?lang=zh_CN").cookie(session)).andExpect(status().isOk());
		assertThat(accounts.findById(enterprise.accountId()).orElseThrow().language()).isEqualTo(Languages.CHINESE);
	}
}
