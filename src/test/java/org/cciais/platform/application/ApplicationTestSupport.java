package org.cciais.platform.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fixtures for the application tests: a case with every party (enterprise, review organisation with an account
 * and a reviewer, consulting organisation with an account, an expert), each with an API token, and one-line steps
 * through the workflow.
 */
abstract class ApplicationTestSupport extends PlatformTest {

	@Autowired
	protected CatalogQueries catalog;

	/** Everyone who takes part in one enterprise's applications, with their API tokens. */
	protected record Parties(EnterpriseFixture enterprise, String enterpriseToken, OrganizationView reviewOrg,
			AccountView orgAccount, String orgToken, AccountView reviewer, String reviewerToken,
			OrganizationView consultingOrg, AccountView consultant, String consultantToken, AccountView expert,
			String expertToken) {
	}

	protected Parties parties() throws Exception {
		EnterpriseFixture enterprise = enterprise();
		OrganizationView review = reviewOrg("JJJ");
		OrganizationView consulting = consultingOrg("JJJ");
		AccountView orgAccount = account(Role.REVIEW_ORG, review.id());
		AccountView reviewer = account(Role.REVIEWER, review.id());
		AccountView consultant = account(Role.CONSULTANT, consulting.id());
		AccountView expert = account(Role.EXPERT, null);
		return new Parties(enterprise, token(enterprise.username()), review, orgAccount, token(orgAccount.username()),
				reviewer, token(reviewer.username()), consulting, consultant, token(consultant.username()), expert,
				token(expert.username()));
	}

	/** New tokens for everyone: API tokens live 12 hours, so moving the clock by days ends them. */
	protected Parties refreshed(Parties p) throws Exception {
		return new Parties(p.enterprise(), token(p.enterprise().username()), p.reviewOrg(), p.orgAccount(),
				token(p.orgAccount().username()), p.reviewer(), token(p.reviewer().username()), p.consultingOrg(),
				p.consultant(), token(p.consultant().username()), p.expert(), token(p.expert().username()));
	}

	protected ResultActions apply(Parties p, String industry) throws Exception {
		return mvc.perform(bearer(post("/api/v1/applications"), p.enterpriseToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"industry\":\"" + industry + "\",\"reviewOrgId\":" + p.reviewOrg().id() + ",\"consultingOrgId\":"
					+ p.consultingOrg().id() + "}"));
	}

	protected long applied(Parties p, String industry) throws Exception {
		String body = apply(p, industry).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return read(body).get("id").asLong();
	}

	protected ResultActions act(String token, long id, String action) throws Exception {
		return act(token, id, action, "{}");
	}

	protected ResultActions act(String token, long id, String action, String json) throws Exception {
		return mvc.perform(bearer(post("/api/v1/applications/" + id + "/actions/" + action), token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	protected JsonNode ok(ResultActions result) throws Exception {
		return read(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	protected JsonNode view(String token, long id) throws Exception {
		return ok(mvc.perform(bearer(get("/api/v1/applications/" + id), token)));
	}

	protected ResultActions upload(String token, long id, String code, MockMultipartFile file) throws Exception {
		return mvc.perform(multipart(HttpMethod.PUT, "/api/v1/applications/" + id + "/materials/" + code).file(file)
			.header("Authorization", "Bearer " + token));
	}

	protected ResultActions rectify(String token, long id, MockMultipartFile file) throws Exception {
		return mvc.perform(multipart("/api/v1/applications/" + id + "/rectifications").file(file)
			.header("Authorization", "Bearer " + token));
	}

	protected ResultActions report(String token, long id) throws Exception {
		return mvc.perform(multipart("/api/v1/applications/" + id + "/reports").file(pdfPart("file"))
			.header("Authorization", "Bearer " + token));
	}

	protected ResultActions resubmit(String token, long id, String json) throws Exception {
		return mvc.perform(bearer(put("/api/v1/applications/" + id), token).contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	/** Uploads a PDF (RAR where the catalogue says) for the given items. */
	protected Map<String, String> uploadItems(String token, long id, List<CatalogQueries.MaterialItem> items)
			throws Exception {
		Map<String, String> fileIds = new LinkedHashMap<>();
		for (CatalogQueries.MaterialItem item : items) {
			MockMultipartFile file = "RAR".equals(item.fileKind()) ? rarPart("file") : pdfPart("file");
			JsonNode material = ok(upload(token, id, item.code(), file));
			fileIds.put(item.code(), material.get("fileId").asText());
		}
		return fileIds;
	}

	/** Every catalogue item, optional (十四) included. */
	protected Map<String, String> uploadAll(String token, long id) throws Exception {
		return uploadItems(token, id, catalog.materials());
	}

	protected Map<String, String> uploadRequired(String token, long id) throws Exception {
		return uploadItems(token, id, catalog.materials().stream().filter(CatalogQueries.MaterialItem::required).toList());
	}

	protected String reviewerJson(Parties p) {
		return "{\"reviewerId\":" + p.reviewer().id() + "}";
	}

	/** Submitted and accepted by the review organisation: materials may be uploaded. */
	protected long accepted(Parties p, String industry) throws Exception {
		long id = applied(p, industry);
		ok(act(p.orgToken(), id, "accept"));
		return id;
	}

	/** Submitted, accepted, every item uploaded, materials submitted: waiting for a reviewer. */
	protected long materialsSubmitted(Parties p, String industry) throws Exception {
		long id = applied(p, industry);
		ok(act(p.orgToken(), id, "accept"));
		uploadAll(p.enterpriseToken(), id);
		ok(act(p.enterpriseToken(), id, "submit-materials"));
		return id;
	}

	/** Submitted, accepted, every item uploaded, materials submitted, reviewer assigned: DOC_REVIEW. */
	protected long inDocReview(Parties p, String industry) throws Exception {
		long id = materialsSubmitted(p, industry);
		ok(act(p.orgToken(), id, "assign-reviewer", reviewerJson(p)));
		return id;
	}

	protected long inOnsiteReview(Parties p, String industry) throws Exception {
		long id = inDocReview(p, industry);
		ok(act(p.reviewerToken(), id, "doc-pass", "{\"opinion\":\"材料齐全\"}"));
		return id;
	}

	protected long inFinalReview(Parties p, String industry) throws Exception {
		long id = inOnsiteReview(p, industry);
		ok(act(p.reviewerToken(), id, "schedule-onsite",
				"{\"onsiteDate\":\"" + java.time.LocalDate.now(clock).plusDays(3) + "\"}"));
		ok(act(p.reviewerToken(), id, "onsite-pass", "{\"opinion\":\"现场审核通过\"}"));
		ok(act(p.orgToken(), id, "org-confirm", "{\"opinion\":\"同意\"}"));
		return id;
	}

	protected static String stateOf(JsonNode app) {
		return app.get("status").asText();
	}

	protected static List<String> actions(JsonNode app) {
		return app.get("availableActions").valueStream().map(JsonNode::asText).toList();
	}
}
