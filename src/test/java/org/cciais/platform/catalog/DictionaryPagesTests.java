package org.cciais.platform.catalog;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.testing.Html;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 字典管理 pages: the ADMIN edits the reference data from the back office; a refused edit says why beside its field
 * (or, when someone else changed the entry first, on its form) with what was typed, and changes nothing.
 */
class DictionaryPagesTests extends PlatformTest {

	@Autowired
	DictionaryManagement dictionaries;

	private String page(Cookie admin, String tab) throws Exception {
		return mvc.perform(get("/admin/dictionaries/" + tab).cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void everyTabShowsItsReferenceDataAndOnlyTheAdminOpensIt() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		mvc.perform(get("/admin/dictionaries").cookie(admin)).andExpect(redirectedUrl("/admin/dictionaries/region-groups"));
		assertThat(page(admin, "region-groups")).contains("区域组与地区", "京津冀", "北京市", "长三角", "上海市");
		assertThat(page(admin, "industries")).contains("行业业务范围", "业务范围");
		assertThat(page(admin, "materials")).contains("申请材料目录", "在用", "停用");
		assertThat(page(admin, "unit-types")).contains("有限责任公司", "事业单位");
		mvc.perform(get("/admin/dictionaries/nothing").cookie(admin)).andExpect(status().isNotFound());

		Cookie enterprise = PageSessions.login(mvc, enterprise().username(), PASSWORD);
		mvc.perform(get("/admin/dictionaries/region-groups").cookie(enterprise)).andExpect(status().isForbidden());
	}

	@Test
	void aRegionGroupIsCreatedRenamedAndARegionMovedIntoIt() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String code = "P" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
		mvc.perform(post("/admin/dictionaries/region-groups").cookie(admin).with(csrf())
				.param("code", code).param("name", "测试组" + code).param("order", "50"))
			.andExpect(redirectedUrl("/admin/dictionaries/region-groups"))
			.andExpect(flash().attribute("success", "已新增区域组“测试组" + code + "”。"));
		page(admin, "region-groups"); // as a browser follows the redirect

		mvc.perform(post("/admin/dictionaries/region-groups/{c}", code).cookie(admin).with(csrf())
				.param("name", "").param("order", "abc").param("version", "0"))
			.andExpect(redirectedUrl("/admin/dictionaries/region-groups#group-" + code));
		String refused = page(admin, "region-groups");
		assertThat(Html.textOf(refused, "group-" + code + "-name-error")).isEqualTo("请填写区域组名称（32 字以内）");
		assertThat(Html.textOf(refused, "group-" + code + "-order-error")).isEqualTo("排序号须为 1–999 的整数");
		assertThat(Html.tagOf(refused, "group-" + code + "-order")).contains("value=\"abc\"");
		assertThat(dictionaries.regionGroup(code).name()).isEqualTo("测试组" + code);

		mvc.perform(post("/admin/dictionaries/region-groups/{c}", code).cookie(admin).with(csrf())
				.param("name", "改名组" + code).param("order", "51").param("version", "0"))
			.andExpect(redirectedUrl("/admin/dictionaries/region-groups"));
		page(admin, "region-groups");
		assertThat(dictionaries.regionGroup(code).name()).isEqualTo("改名组" + code);
		assertThat(dictionaries.regionGroup(code).order()).isEqualTo(51);

		mvc.perform(post("/admin/dictionaries/region-groups/{c}", code).cookie(admin).with(csrf())
				.param("name", "过时的名称").param("order", "52").param("version", "0"))
			.andExpect(redirectedUrl("/admin/dictionaries/region-groups#group-" + code));
		assertThat(Html.textOf(page(admin, "region-groups"), "group-" + code + "-form-error"))
			.isEqualTo("该记录已被他人同时修改，请刷新后重试。");
		assertThat(dictionaries.regionGroup(code).name()).isEqualTo("改名组" + code);

		long version = dictionaries.regions().stream().filter(r -> r.code().equals("650000")).findFirst()
			.orElseThrow().version();
		try {
			mvc.perform(post("/admin/dictionaries/regions/650000").cookie(admin).with(csrf())
					.param("group", code).param("version", Long.toString(version)))
				.andExpect(redirectedUrl("/admin/dictionaries/region-groups"))
				.andExpect(flash().attribute("success", "已调整该地区所属的区域组。"));
			assertThat(page(admin, "region-groups")).contains("改名组" + code);
			assertThat(dictionaries.regionGroup(code).regions()).extracting(CatalogQueries.Region::name)
				.containsExactly("新疆维吾尔自治区");

			mvc.perform(post("/admin/dictionaries/regions/650000").cookie(admin).with(csrf())
					.param("group", "NOWHERE").param("version", Long.toString(version + 1)))
				.andExpect(redirectedUrl("/admin/dictionaries/region-groups#region-650000"));
			assertThat(Html.textOf(page(admin, "region-groups"), "region-650000-group-error"))
				.isEqualTo("请选择一个已有的区域组");
		}
		finally {
			dictionaries.moveRegion("650000", "NORTHWEST", null, null);
		}
	}

	@Test
	void aMaterialIsRetiredAndReinstatedFromThePageAndAnEmptyTitleIsRefusedBesideIt() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		DictionaryManagement.MaterialEntry last = dictionaries.materials().stream().filter(m -> !m.retired())
			.reduce((a, b) -> b).orElseThrow();
		try {
			mvc.perform(post("/admin/dictionaries/materials/{c}/retire", last.code()).cookie(admin).with(csrf())
					.param("version", Long.toString(last.version())))
				.andExpect(redirectedUrl("/admin/dictionaries/materials"))
				.andExpect(flash().attribute("success", "已停用该材料：此后新建的申请不再需要它，已有申请不受影响。"));
			page(admin, "materials");
			assertThat(dictionaries.material(last.code()).retired()).isTrue();

			DictionaryManagement.MaterialEntry retired = dictionaries.material(last.code());
			mvc.perform(post("/admin/dictionaries/materials/{c}/reinstate", last.code()).cookie(admin).with(csrf())
					.param("version", Long.toString(retired.version())))
				.andExpect(redirectedUrl("/admin/dictionaries/materials"));
			page(admin, "materials");
			assertThat(dictionaries.material(last.code()).retired()).isFalse();
		}
		finally {
			if (dictionaries.material(last.code()).retired()) {
				dictionaries.reinstateMaterial(last.code(), null, null);
			}
		}

		DictionaryManagement.MaterialEntry now = dictionaries.material(last.code());
		mvc.perform(post("/admin/dictionaries/materials/{c}", last.code()).cookie(admin).with(csrf())
				.param("title", " ").param("required", "true").param("fileKind", "ZIP").param("shared", "true")
				.param("order", Integer.toString(now.order())).param("version", Long.toString(now.version())))
			.andExpect(redirectedUrl("/admin/dictionaries/materials#material-" + last.code()));
		String refused = page(admin, "materials");
		String form = "material-" + last.code();
		assertThat(Html.textOf(refused, form + "-title-error")).isEqualTo("请填写材料名称（200 字以内）");
		assertThat(Html.textOf(refused, form + "-fileKind-error")).isEqualTo("文件类型须为 PDF 或 RAR");
		assertThat(Html.tagOf(refused, form + "-row")).contains("show");
		assertThat(dictionaries.material(last.code())).isEqualTo(now);
	}

	@Test
	void aUnitTypeIsAddedRenamedAndRetiredAndADuplicateNameIsRefused() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String name = "测试单位" + Long.toString(System.nanoTime() % 1_000_000L);
		mvc.perform(post("/admin/dictionaries/unit-types").cookie(admin).with(csrf())
				.param("name", name).param("order", "90"))
			.andExpect(redirectedUrl("/admin/dictionaries/unit-types"))
			.andExpect(flash().attribute("success", "已新增单位性质“" + name + "”。"));
		page(admin, "unit-types");
		DictionaryManagement.UnitTypeEntry added = dictionaries.unitTypes().stream().filter(u -> u.name().equals(name))
			.findFirst().orElseThrow();

		mvc.perform(post("/admin/dictionaries/unit-types").cookie(admin).with(csrf())
				.param("name", name).param("order", "91"))
			.andExpect(redirectedUrl("/admin/dictionaries/unit-types#unit-new"));
		String refused = page(admin, "unit-types");
		assertThat(Html.textOf(refused, "unit-new-name-error")).isEqualTo("已存在单位性质“" + name + "”");
		assertThat(Html.tagOf(refused, "unit-new-order")).contains("value=\"91\"");

		mvc.perform(post("/admin/dictionaries/unit-types/{id}/retire", added.id()).cookie(admin).with(csrf())
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/dictionaries/unit-types"));
		assertThat(page(admin, "unit-types")).contains(name);
		assertThat(dictionaries.unitType(added.id()).retired()).isTrue();
	}
}
