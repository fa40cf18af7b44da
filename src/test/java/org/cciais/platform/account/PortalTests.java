package org.cciais.platform.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.assertj.core.api.SoftAssertions;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal shell of figure 22: each entry of the enterprise's side menu opens the page it names (its title says
 * so, and the menu marks that entry, and only it, as the current one); every role lands on its home.
 */
class PortalTests extends PlatformTest {

	private static final Pattern MENU_ENTRY = Pattern
		.compile("<a class=\"list-group-item list-group-item-action( active)?\" href=\"([^\"]+)\">([^<]+)</a>");

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	@Test
	void eachEntryOfTheEnterpriseMenuOpensThePageItNames() throws Exception {
		var enterprise = enterprise();
		Cookie browser = PageSessions.login(mvc, enterprise.username(), PASSWORD);
		String[][] entries = { { "/notifications", "通知提醒", "通知提醒 - CCIAIS" },
				{ "/enterprise/applications", "资质申请", "资质申请 - CCIAIS" },
				{ "/enterprise/progress", "进度查询", "进度查询 - CCIAIS" },
				{ "/enterprise/certificates", "证书查询", "证书查询 - CCIAIS" },
				{ "/enterprise/personnel", "人员管理", "人员管理 - CCIAIS" },
				{ "/enterprise/inspections", "企业年检", "企业年检 - CCIAIS" },
				{ "/enterprise/profile", "企业信息修改", "企业信息修改 - CCIAIS" },
				{ "/enterprise/changes", "变更申请", "变更申请 - CCIAIS" },
				{ "/account/password", "企业密码变更", "密码变更 - CCIAIS" } };
		List<String> menu = new ArrayList<>();
		for (String[] entry : entries) {
			menu.add(entry[0] + " " + entry[1]);
		}
		SoftAssertions softly = new SoftAssertions();
		for (String[] entry : entries) {
			String page = mvc.perform(get(entry[0]).cookie(browser))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> shown = new ArrayList<>();
			List<String> current = new ArrayList<>();
			Matcher m = MENU_ENTRY.matcher(sideMenu(page));
			while (m.find()) {
				shown.add(m.group(2) + " " + m.group(3));
				if (m.group(1) != null) {
					current.add(m.group(2) + " " + m.group(3));
				}
			}
			softly.assertThat(shown).as("the menu on " + entry[0]).containsExactlyElementsOf(menu);
			softly.assertThat(current).as("current entry on " + entry[0]).containsExactly(entry[0] + " " + entry[1]);
			Matcher title = TITLE.matcher(page);
			softly.assertThat(title.find() ? title.group(1) : null).as("title of " + entry[0]).isEqualTo(entry[2]);
		}
		softly.assertAll();
	}

	@Test
	void everyRoleLandsOnItsHome() throws Exception {
		OrganizationView reviewOrg = reviewOrg();
		OrganizationView consulting = consultingOrg();
		List<String> people = List.of(enterprise().username(), account(Role.REVIEW_ORG, reviewOrg.id()).username(),
				account(Role.REVIEWER, reviewOrg.id()).username(),
				account(Role.CONSULTANT, consulting.id()).username(), account(Role.EXPERT, null).username());
		for (String username : people) {
			Cookie browser = PageSessions.login(mvc, username, PASSWORD);
			mvc.perform(get("/portal").cookie(browser)).andExpect(redirectedUrl("/notifications"));
		}
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		mvc.perform(get("/portal").cookie(admin)).andExpect(redirectedUrl("/admin"));
		mvc.perform(get("/portal")).andExpect(redirectedUrl("/login"));
	}

	private static String sideMenu(String page) {
		int start = page.indexOf("class=\"list-group side-menu");
		assertThat(start).as("the page has the side menu").isNotNegative();
		return page.substring(start, page.indexOf("</div>", start));
	}
}
