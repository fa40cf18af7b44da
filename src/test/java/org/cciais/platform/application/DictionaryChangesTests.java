package org.cciais.platform.application;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 字典管理 through the API: catalogue changes reach only the applications created after them, regions move between
 * groups, unit types, industries' scope and organisations are edited, bad input and stale versions are refused.
 * The context's database is shared: every change to shared reference data is undone before the test ends.
 */
class DictionaryChangesTests extends ApplicationTestSupport {

	private static final String BASE = "/api/v1/admin/dictionaries";

	private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(bearer(request, token("admin")).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static boolean lists(JsonNode application, String code) {
		for (JsonNode m : application.get("materials")) {
			if (m.get("code").asText().equals(code)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void aRetiredItemIsNoLongerOfferedToNewApplicationsButStaysOnTheOldOnes() throws Exception {
		Parties p = parties();
		long before = accepted(p, "FINANCE");
		JsonNode added = read(send(post(BASE + "/materials"),
				"{\"title\":\"" + unique("网络安全等级保护测评报告") + "\",\"required\":true,\"fileKind\":\"PDF\","
						+ "\"shared\":false,\"order\":5}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String code = added.get("code").asText();
		try {
			assertThat(code).matches("M\\d\\d+");
			assertThat(added.get("retired").asBoolean()).isFalse();
			long during = accepted(p, "GOVERNMENT");
			assertThat(lists(view(p.enterpriseToken(), during), code)).isTrue();
			assertThat(lists(view(p.enterpriseToken(), before), code)).isFalse();
			// the old application is still checked against its own catalogue: the new item is not one of its items
			upload(p.enterpriseToken(), before, code, pdfPart("file")).andExpect(status().isNotFound());

			send(post(BASE + "/materials/{code}/retire", code), "{\"version\":" + added.get("version").asLong() + "}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.retired").value(true));
			long after = accepted(p, "TELECOM");
			assertThat(lists(view(p.enterpriseToken(), after), code)).isFalse();
			// the application created while it was offered still shows it, and takes its file
			assertThat(lists(view(p.enterpriseToken(), during), code)).isTrue();
			upload(p.enterpriseToken(), during, code, pdfPart("file")).andExpect(status().isOk());
			// retired, never deleted
			String all = mvc.perform(bearer(get(BASE + "/materials"), token("admin"))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(all).contains("\"code\":\"" + code + "\"");
			assertThat(mvc.perform(get("/api/v1/reference/materials")).andReturn().getResponse()
				.getContentAsString()).doesNotContain("\"" + code + "\"");
		}
		finally {
			send(post(BASE + "/materials/{code}/retire", code), "{}").andExpect(status().isOk());
		}
		assertThat(catalog.materials()).hasSize(18);
		assertThat(catalog.materials().get(13).label()).isEqualTo("（十四）");
	}

	@Test
	void refusesABadItemAndAStaleVersionLeavingTheCatalogueAsItWas() throws Exception {
		int revision = catalog.currentMaterialRevision();
		send(post(BASE + "/materials"), "{\"title\":\" \",\"required\":true,\"fileKind\":\"ZIP\",\"shared\":true,"
				+ "\"order\":0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field=='title')].message").value("请填写材料名称（200 字以内）"))
			.andExpect(jsonPath("$.errors[?(@.field=='fileKind')].message").value("文件类型须为 PDF 或 RAR"))
			.andExpect(jsonPath("$.errors[?(@.field=='order')].message").value("排序号须为 1–999 的整数"));
		send(put(BASE + "/materials/M14"), "{\"title\":\"企业技术管理制度（非必填项）\",\"required\":false,"
				+ "\"fileKind\":\"PDF\",\"shared\":true,\"order\":14,\"version\":987654}")
			.andExpect(status().isConflict());
		send(put(BASE + "/materials/M99x"), "{}").andExpect(status().isNotFound());
		assertThat(catalog.currentMaterialRevision()).isEqualTo(revision);
	}

	@Test
	void aRegionMovedToAnotherGroupIsServedByThatGroupsOrganisationsFromThenOn() throws Exception {
		String code = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase().replaceAll("[^A-Z0-9]", "");
		send(post(BASE + "/region-groups"), "{\"code\":\"" + code + "\",\"name\":\"" + unique("测试区")
				+ "\",\"order\":50}")
			.andExpect(status().isCreated());
		var org = reviewOrg(code);
		JsonNode xinjiang = null;
		for (JsonNode r : read(mvc.perform(bearer(get(BASE + "/regions"), token("admin"))).andReturn().getResponse()
			.getContentAsString())) {
			if (r.get("code").asText().equals("650000")) {
				xinjiang = r;
			}
		}
		assertThat(xinjiang.get("group").asText()).isEqualTo("NORTHWEST");
		String served = "/api/v1/reference/organizations?type=REVIEW&region=650000";
		assertThat(mvc.perform(get(served)).andReturn().getResponse().getContentAsString()).doesNotContain(org.name());
		try {
			send(put(BASE + "/regions/650000"), "{\"group\":\"" + code + "\",\"version\":"
					+ xinjiang.get("version").asLong() + "}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.group").value(code));
			assertThat(mvc.perform(get(served)).andReturn().getResponse().getContentAsString()).contains(org.name());
			// a second edit from the same (now stale) reading loses
			send(put(BASE + "/regions/650000"), "{\"group\":\"NORTH\",\"version\":" + xinjiang.get("version").asLong()
					+ "}").andExpect(status().isConflict());
			send(put(BASE + "/regions/650000"), "{\"group\":\"MARS\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("group"));
		}
		finally {
			send(put(BASE + "/regions/650000"), "{\"group\":\"NORTHWEST\"}").andExpect(status().isOk());
		}
		assertThat(mvc.perform(get(served)).andReturn().getResponse().getContentAsString()).doesNotContain(org.name());
		send(post(BASE + "/region-groups"), "{\"code\":\"jj\",\"name\":\"\",\"order\":1}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void unitTypesIndustryScopeAndOrganisationsAreEditedAndAudited() throws Exception {
		String name = unique("民办");
		JsonNode type = read(send(post(BASE + "/unit-types"), "{\"name\":\"" + name + "\",\"order\":20}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		assertThat(catalog.unitTypes()).contains(name);
		send(post(BASE + "/unit-types"), "{\"name\":\"" + name + "\",\"order\":20}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("已存在单位性质“" + name + "”"));
		send(post(BASE + "/unit-types/{id}/retire", type.get("id").asLong()), "{}").andExpect(status().isOk());
		assertThat(catalog.unitTypes()).doesNotContain(name).contains("私营企业");

		JsonNode finance = null;
		for (JsonNode i : read(mvc.perform(bearer(get(BASE + "/industries"), token("admin"))).andReturn()
			.getResponse().getContentAsString())) {
			if (i.get("code").asText().equals("FINANCE")) {
				finance = i;
			}
		}
		String original = finance.get("scope").asText();
		try {
			send(put(BASE + "/industries/FINANCE"), "{\"scope\":\"服务范围：J金融业（含保险）\",\"version\":"
					+ finance.get("version").asLong() + "}").andExpect(status().isOk());
			assertThat(mvc.perform(get("/api/v1/reference/industries")).andReturn().getResponse()
				.getContentAsString()).contains("服务范围：J金融业（含保险）");
			send(put(BASE + "/industries/FINANCE"), "{\"scope\":\"x\",\"version\":" + finance.get("version").asLong()
					+ "}").andExpect(status().isConflict());
			send(put(BASE + "/industries/FINANCE"), "{\"scope\":\"  \"}").andExpect(status().isBadRequest());
		}
		finally {
			send(put(BASE + "/industries/FINANCE"), "{\"scope\":\"" + original + "\"}").andExpect(status().isOk());
		}

		var org = consultingOrg("JJJ");
		String renamed = unique("华北咨询");
		send(put("/api/v1/admin/organizations/{id}", org.id()), "{\"name\":\"" + renamed
				+ "\",\"regionGroups\":[\"NORTH\"],\"version\":" + org.version() + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(renamed))
			.andExpect(jsonPath("$.regionGroups[0]").value("NORTH"));
		send(put("/api/v1/admin/organizations/{id}", org.id()), "{\"name\":\"x\",\"regionGroups\":[\"JJJ\"],"
				+ "\"version\":" + org.version() + "}").andExpect(status().isConflict());
		send(put("/api/v1/admin/organizations/{id}", org.id()), "{\"name\":\"\",\"regionGroups\":[]}")
			.andExpect(status().isBadRequest());
		assertThat(organizations.find(org.id()).orElseThrow().name()).isEqualTo(renamed);

		for (String action : new String[] { "catalog.unitType.create", "catalog.unitType.retire",
				"catalog.industry.scope", "organization.edit" }) {
			assertThat(mvc.perform(bearer(get("/api/v1/admin/audit"), token("admin")).param("action", action))
				.andReturn().getResponse().getContentAsString()).as(action).contains("\"action\":\"" + action + "\"");
		}
	}
}
