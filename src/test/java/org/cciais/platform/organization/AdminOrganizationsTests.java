package org.cciais.platform.organization;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.testing.Html;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The association creates review and consulting organisations and authorises them per region group. */
class AdminOrganizationsTests extends PlatformTest {

	@Autowired
	AuditQueries audit;

	private String authorisedFor(String type, String region) throws Exception {
		return mvc.perform(get("/api/v1/reference/organizations").param("type", type).param("region", region))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void adminCreatesAReviewOrganisationAuthorisedForRegionGroups() throws Exception {
		String name = unique("华南评审中心");
		String body = mvc.perform(bearer(post("/api/v1/admin/organizations"), token("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"REVIEW\",\"name\":\"" + name + "\",\"regionGroups\":[\"SOUTH\",\"SOUTHWEST\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andReturn().getResponse().getContentAsString();
		long id = read(body).get("id").asLong();
		assertThat(organizations.find(id)).get().satisfies(o -> {
			assertThat(o.type()).isEqualTo(OrganizationType.REVIEW);
			assertThat(o.regionGroups()).containsExactlyInAnyOrder("SOUTH", "SOUTHWEST");
		});
		assertThat(authorisedFor("REVIEW", "440000")).contains(name);
		assertThat(authorisedFor("REVIEW", "510000")).contains(name);
		assertThat(authorisedFor("REVIEW", "110000")).doesNotContain(name);
		assertThat(authorisedFor("CONSULTING", "440000")).doesNotContain(name);
	}

	@Test
	void theAuditLogRecordsTheNewOrganisationInChineseWhateverTheAdminsLanguage() throws Exception {
		String name = unique("西北咨询中心");
		String body = mvc.perform(bearer(post("/api/v1/admin/organizations"), token("admin"))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"CONSULTING\",\"name\":\"" + name + "\",\"regionGroups\":[\"NORTHWEST\"]}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		assertThat(audit.forObject("organization", read(body).get("id").asLong()))
			.extracting(AuditQueries.Entry::detail)
			.containsExactly("咨询机构 " + name + " 授权区域 [NORTHWEST]");
	}

	@Test
	void changingTheAuthorisationChangesWhereTheOrganisationCanBeChosen() throws Exception {
		var org = consultingOrg("JJJ");
		mvc.perform(bearer(put("/api/v1/admin/organizations/{id}/region-groups", org.id()), token("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"regionGroups\":[\"EAST\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.regionGroups[0]").value("EAST"));
		assertThat(authorisedFor("CONSULTING", "370000")).contains(org.name());
		assertThat(authorisedFor("CONSULTING", "110000")).doesNotContain(org.name());
		mvc.perform(bearer(put("/api/v1/admin/organizations/{id}/region-groups", 987654321L), token("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"regionGroups\":[\"EAST\"]}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAMissingNameUnknownOrNoRegionGroupsAWrongTypeAndADuplicate() throws Exception {
		String admin = token("admin");
		String existing = reviewOrg("JJJ").name();
		String[][] cases = { { "{\"type\":\"REVIEW\",\"name\":\"\",\"regionGroups\":[\"JJJ\"]}", "name" },
				{ "{\"type\":\"REVIEW\",\"name\":\"" + unique("x") + "\",\"regionGroups\":[]}", "regionGroups" },
				{ "{\"type\":\"REVIEW\",\"name\":\"" + unique("x") + "\",\"regionGroups\":[\"MARS\"]}", "regionGroups" },
				{ "{\"name\":\"" + unique("x") + "\",\"regionGroups\":[\"JJJ\"]}", "type" },
				{ "{\"type\":\"REVIEW\",\"name\":\"" + existing + "\",\"regionGroups\":[\"JJJ\"]}", "name" } };
		for (String[] c : cases) {
			mvc.perform(bearer(post("/api/v1/admin/organizations"), admin).contentType(MediaType.APPLICATION_JSON)
					.content(c[0]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(c[1]));
		}
		mvc.perform(bearer(post("/api/v1/admin/organizations"), admin).contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"BANK\",\"name\":\"x\",\"regionGroups\":[\"JJJ\"]}"))
			.andExpect(status().isBadRequest());
		mvc.perform(bearer(post("/api/v1/admin/organizations"), admin).contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"REVIEW\",\"name\":\"x\",\"regionGroups\":\"JJJ\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void onlyTheAssociationManagesOrganisations() throws Exception {
		var enterprise = enterprise();
		mvc.perform(bearer(post("/api/v1/admin/organizations"), token(enterprise.username()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"REVIEW\",\"name\":\"x\",\"regionGroups\":[\"JJJ\"]}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/admin/organizations").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		Cookie browser = PageSessions.login(mvc, enterprise.username(), PASSWORD);
		mvc.perform(get("/admin/organizations").cookie(browser)).andExpect(status().isForbidden());
	}

	@Test
	void organisationsPageCreatesAnOrganisationAndEditsItsAuthorisation() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String page = mvc.perform(get("/admin/organizations").cookie(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("新建机构", "京津冀", "北京市、天津市、河北省");

		String name = unique("东北咨询");
		mvc.perform(post("/admin/organizations").cookie(admin).with(csrf()).param("type", "CONSULTING")
				.param("name", name).param("regionGroups", "NORTHEAST").param("regionGroups", "NORTH"))
			.andExpect(redirectedUrl("/admin/organizations"))
			.andExpect(flash().attribute("success", org.hamcrest.Matchers.containsString(name)));
		OrganizationView created = organizations.ofType(OrganizationType.CONSULTING).stream()
			.filter(o -> o.name().equals(name)).findFirst().orElseThrow();
		assertThat(created.regionGroups()).containsExactlyInAnyOrder("NORTHEAST", "NORTH");
		assertThat(mvc.perform(get("/admin/organizations").cookie(admin)).andReturn().getResponse()
			.getContentAsString()).contains(name, "东北、华北");

		String refused = mvc.perform(post("/admin/organizations").cookie(admin).with(csrf()).param("type", "REVIEW")
				.param("name", unique("无区域")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(refused, "org-regionGroups-error")).isEqualTo("请至少选择一个授权区域");

		String renamed = unique("华南咨询");
		mvc.perform(post("/admin/organizations/{id}/edit", created.id()).cookie(admin).with(csrf())
				.param("name", renamed).param("regionGroups", "SOUTH").param("version", "0"))
			.andExpect(redirectedUrl("/admin/organizations"))
			.andExpect(flash().attribute("success", "已保存机构“" + renamed + "”的名称和授权区域。"));
		mvc.perform(get("/admin/organizations").cookie(admin)).andExpect(status().isOk()); // as a browser follows it
		OrganizationView edited = organizations.find(created.id()).orElseThrow();
		assertThat(edited.name()).isEqualTo(renamed);
		assertThat(edited.regionGroups()).containsExactly("SOUTH");
		assertThat(edited.version()).isEqualTo(1);

		mvc.perform(post("/admin/organizations/{id}/edit", created.id()).cookie(admin).with(csrf())
				.param("name", "  ").param("version", "1"))
			.andExpect(redirectedUrl("/admin/organizations#org-edit-" + created.id()));
		String shown = mvc.perform(get("/admin/organizations?sort=id,desc").cookie(admin))
			.andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(shown, "org-edit-" + created.id() + "-name-error")).isEqualTo("请填写机构名称（200 字以内）");
		assertThat(Html.textOf(shown, "org-edit-" + created.id() + "-regionGroups-error")).isEqualTo("请至少选择一个授权区域");

		mvc.perform(post("/admin/organizations/{id}/edit", created.id()).cookie(admin).with(csrf())
				.param("name", unique("过时")).param("regionGroups", "NORTH").param("version", "0"));
		String staleShown = mvc.perform(get("/admin/organizations?sort=id,desc").cookie(admin))
			.andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(staleShown, "org-edit-" + created.id() + "-form-error"))
			.isEqualTo("该记录已被他人同时修改，请刷新后重试。");
		assertThat(organizations.find(created.id()).orElseThrow()).isEqualTo(edited);
	}
}
