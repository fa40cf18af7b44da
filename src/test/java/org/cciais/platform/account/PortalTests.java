package org.cciais.platform.account;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.account.web.PortalPlaceholders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.Controller;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The portal shell of figure 22: every side-menu entry answers, the ones not built yet say so plainly. */
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
	void anEntryNotBuiltYetNamesTheFeatureAndSaysItIsNotOpenYet() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		mvc.perform(get("/portal").cookie(admin)).andExpect(redirectedUrl("/admin"));
		for (var feature : PortalPlaceholders.FEATURES.entrySet()) {
			var response = mvc.perform(get(feature.getKey()).cookie(admin)).andReturn().getResponse();
			// A module that built the page took the path over; it may belong to another role (403), never 404.
			assertThat(response.getStatus()).as(feature.getKey()).isIn(200, 403);
			if (response.getContentAsString().contains("id=\"coming-soon\"")) {
				assertThat(response.getContentAsString()).contains("“" + feature.getValue() + "”功能正在建设中，暂未开放");
			}
		}
	}

	@Autowired
	@Qualifier("portalPlaceholderMapping")
	HandlerMapping placeholderMapping;

	@Test
	void everyMenuEntryHasAPlaceholderNamingItsFeature() throws Exception {
		for (var feature : PortalPlaceholders.FEATURES.entrySet()) {
			var chain = placeholderMapping.getHandler(new MockHttpServletRequest("GET", feature.getKey()));
			assertThat(chain).as(feature.getKey()).isNotNull();
			ModelAndView page = ((Controller) chain.getHandler()).handleRequest(new MockHttpServletRequest(),
					new MockHttpServletResponse());
			assertThat(page.getViewName()).isEqualTo("account/coming-soon");
			assertThat(page.getModel()).containsEntry("feature", feature.getValue());
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
