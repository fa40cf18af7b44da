package org.cciais.platform.enterprise;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 企业信息修改 (manual 5.1): contacts and 公司简介 change, the starred registration fields never do. */
class EnterpriseProfileTests extends PlatformTest {

	@Autowired
	EnterpriseQueries enterprises;

	@Autowired
	AuditQueries audit;

	@Test
	void enterpriseChangesItsContactsAndIntroductionThroughTheApi() throws Exception {
		var enterprise = enterprise();
		String token = token(enterprise.username());
		mvc.perform(bearer(patch("/api/v1/me/profile"), token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"contactName\":\"新联系人\",\"introduction\":\"新的公司简介\",\"email\":\"new@example.com\","
						+ "\"companyPhone\":null}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contactName").value("新联系人"))
			.andExpect(jsonPath("$.introduction").value("新的公司简介"))
			.andExpect(jsonPath("$.contactPhone").value("010-88886666"));
		EnterpriseView after = enterprises.get(enterprise.id());
		assertThat(after.contactName()).isEqualTo("新联系人");
		assertThat(after.email()).isEqualTo("new@example.com");
		assertThat(accounts.findById(enterprise.accountId()).orElseThrow().email())
			.as("notifications follow the new address").isEqualTo("new@example.com");
		assertThat(audit.forObject("enterprise", enterprise.id())).extracting(AuditQueries.Entry::action)
			.contains("enterprise.profile.update");
	}

	@Test
	void refusesEveryRegistrationLockedFieldNamingItAndChangesNothing() throws Exception {
		var enterprise = enterprise();
		EnterpriseView before = enterprises.get(enterprise.id());
		String token = token(enterprise.username());
		mvc.perform(bearer(patch("/api/v1/me/profile"), token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"改名公司\",\"contactName\":\"不应生效\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("“企业名称”为注册时标注 * 的信息，提交后不能修改"));
		mvc.perform(bearer(patch("/api/v1/me/profile"), token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"creditCode\":\"" + creditCode() + "\",\"registeredCapital\":1,\"foundedOn\":\"2020-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("creditCode",
					"registeredCapital", "foundedOn")));
		assertThat(enterprises.get(enterprise.id())).isEqualTo(before);
	}

	@Test
	void refusesUnknownFieldsWrongTypesAndBadJson() throws Exception {
		var enterprise = enterprise();
		String token = token(enterprise.username());
		mvc.perform(bearer(patch("/api/v1/me/profile"), token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"website\":\"https://example.com\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("website"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("未知字段")));
		mvc.perform(bearer(patch("/api/v1/me/profile"), token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"contactPhone\":12345}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contactPhone"));
		mvc.perform(bearer(patch("/api/v1/me/profile"), token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"no-at-sign\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		mvc.perform(bearer(patch("/api/v1/me/profile"), token).contentType(MediaType.APPLICATION_JSON)
				.content("[1,2"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void onlyEnterprisesHaveAProfile() throws Exception {
		mvc.perform(bearer(patch("/api/v1/me/profile"), token("admin")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"contactName\":\"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(patch("/api/v1/me/profile").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void profilePageShowsTheRegistrationReadOnlyAndSavesTheContacts() throws Exception {
		var enterprise = enterprise();
		Cookie session = PageSessions.login(mvc, enterprise.username(), PASSWORD);
		String html = mvc.perform(get("/enterprise/profile").cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains(enterprise.name(), "北京市（京津冀）", "900.00 万元", "2000年2月9日", "查看营业执照");
		assertThat(Html.tagOf(html, "p-contactName")).contains("value=\"李四\"");
		assertThat(html).doesNotContain("name=\"name\"", "name=\"creditCode\"");

		// A forged parameter for a locked field is not even bound.
		mvc.perform(post("/enterprise/profile").cookie(session).with(csrf()).param("contactName", "页面联系人")
				.param("introduction", "页面简介").param("name", "伪造名称"))
			.andExpect(redirectedUrl("/enterprise/profile"));
		EnterpriseView after = enterprises.get(enterprise.id());
		assertThat(after.contactName()).isEqualTo("页面联系人");
		assertThat(after.name()).isEqualTo(enterprise.name());

		String refused = mvc.perform(post("/enterprise/profile").cookie(session).with(csrf())
				.param("contactName", "页面联系人").param("companyEmail", "bad-address"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(refused, "p-companyEmail-error")).isEqualTo("邮箱格式不正确");
		assertThat(Html.tagOf(refused, "p-companyEmail")).contains("value=\"bad-address\"", "is-invalid");
	}

	@Test
	void enterpriseCanOpenItsOwnLicenceButNotAnotherOne() throws Exception {
		var mine = enterprise();
		var other = enterprise();
		String token = token(mine.username());
		mvc.perform(bearer(get("/api/v1/files/{id}", enterprises.get(mine.id()).licenceFileId()), token))
			.andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/files/{id}", enterprises.get(other.id()).licenceFileId()), token))
			.andExpect(status().isNotFound());
	}
}
