package org.cciais.platform.application;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PageSessions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Manual 3.1.1 tip 2: a licence that is not 三证合一 is a reason to refuse acceptance, so the review organisation sees
 * the applicant's registration data and may open its business licence, only while it has an open case of it.
 */
class ReviewOrgEnterpriseDataTests extends ApplicationTestSupport {

	@Test
	void theReviewOrganisationSeesTheRegistrationDataAndOpensTheLicenceWhileTheCaseIsOpen() throws Exception {
		Parties p = parties();
		long id = applied(p, "FINANCE");
		JsonNode enterprise = view(p.orgToken(), id).get("enterprise");
		assertThat(enterprise.get("name").asText()).isEqualTo(p.enterprise().name());
		assertThat(enterprise.get("regionCode").asText()).isEqualTo("110000");
		assertThat(enterprise.get("regionName").asText()).isEqualTo("北京市");
		assertThat(enterprise.get("unitType").asText()).isEqualTo("私营企业");
		assertThat(enterprise.get("registeredCapital").decimalValue()).isEqualByComparingTo("900");
		assertThat(enterprise.get("legalRepresentative").asText()).isEqualTo("张三");
		assertThat(enterprise.get("registeredAddress").asText()).isEqualTo("北京市海淀区测试路1号");
		assertThat(enterprise.get("foundedOn").asText()).isEqualTo("2000-02-09");
		assertThat(enterprise.get("creditCode").asText()).hasSize(18);
		String licence = enterprise.get("licenceFileId").asText();

		mvc.perform(bearer(get("/api/v1/files/" + licence), p.orgToken())).andExpect(status().isOk());
		String page = mvc.perform(get("/review-org/applications/" + id)
			.cookie(PageSessions.login(mvc, p.orgAccount().username(), PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("企业注册信息").contains("北京市海淀区测试路1号").contains("900.00 万元")
			.contains("/files/" + licence + "?inline=true");

		OrganizationView other = reviewOrg("JJJ");
		AccountView stranger = account(Role.REVIEW_ORG, other.id());
		mvc.perform(bearer(get("/api/v1/files/" + licence), token(stranger.username()))).andExpect(status().isNotFound());
		assertThat(view(p.enterpriseToken(), id).get("enterprise").isNull()).isTrue();
		assertThat(view(p.consultantToken(), id).get("enterprise").isNull()).isTrue();

		ok(act(p.enterpriseToken(), id, "cancel"));
		mvc.perform(bearer(get("/api/v1/files/" + licence), p.orgToken())).andExpect(status().isNotFound());
	}
}
