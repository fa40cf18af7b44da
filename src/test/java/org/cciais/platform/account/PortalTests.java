package org.cciais.platform.account;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The portal shell of figure 22: every side-menu entry of the enterprise opens its page; every role lands on its home. */
class PortalTests extends PlatformTest {

	@Test
	void everyEntryOfTheEnterpriseMenuAnswers() throws Exception {
		var enterprise = enterprise();
		Cookie browser = PageSessions.login(mvc, enterprise.username(), PASSWORD);
		mvc.perform(get("/portal").cookie(browser)).andExpect(redirectedUrl("/notifications"));
		String menuPage = mvc.perform(get("/enterprise/profile").cookie(browser)).andReturn().getResponse()
			.getContentAsString();
		for (String path : new String[] { "/notifications", "/enterprise/applications", "/enterprise/progress",
				"/enterprise/certificates", "/enterprise/personnel", "/enterprise/inspections", "/enterprise/profile",
				"/account/password" }) {
			assertThat(menuPage).as("menu links " + path).contains("href=\"" + path + "\"");
			String page = mvc.perform(get(path).cookie(browser)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			assertThat(page).as(path).contains("class=\"list-group side-menu");
		}
	}

	@Test
	void everyRoleLandsOnItsHome() throws Exception {
		var expert = account(Role.EXPERT, null);
		Cookie browser = PageSessions.login(mvc, expert.username(), PASSWORD);
		mvc.perform(get("/portal").cookie(browser)).andExpect(redirectedUrl("/notifications"));
		mvc.perform(get("/portal")).andExpect(status().is3xxRedirection());
	}
}
