package org.cciais.platform.notification;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.testing.Html;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 通知公告: the association publishes notices, everyone reads them on the home page and the notices pages. */
class NoticesTests extends PlatformTest {

	private ResultActions publish(String admin, String title, String body) throws Exception {
		return mvc.perform(bearer(post("/api/v1/admin/notices"), admin).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(java.util.Map.of("title", title, "body", body))));
	}

	private long publishedId(String admin, String title) throws Exception {
		return read(publish(admin, title, "正文第一行\n正文第二行").andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString()).get("id").asLong();
	}

	@Test
	void aPublishedNoticeAppearsOnTheHomePageTheListAndItsOwnPage() throws Exception {
		String title = unique("关于资质申报的通知");
		long id = publishedId(token("admin"), title);
		mvc.perform(get("/api/v1/notices")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].title").value(title));
		mvc.perform(get("/api/v1/notices/{id}", id)).andExpect(jsonPath("$.body").value("正文第一行\n正文第二行"));
		String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("href=\"/notices/" + id + "\">" + title + "</a>");
		assertThat(mvc.perform(get("/notices")).andReturn().getResponse().getContentAsString()).contains(title);
		String page = mvc.perform(get("/notices/{id}", id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains(title, "正文第一行\n正文第二行", "中国通信工业协会信息安全分会");
	}

	@Test
	void theHomePageShowsTheLatestFiveNotices() throws Exception {
		String admin = token("admin");
		String[] titles = new String[6];
		for (int i = 0; i < 6; i++) {
			titles[i] = unique("通知" + i + "号");
			publishedId(admin, titles[i]);
		}
		String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(Html.count(home, "href=\"/notices/")).isEqualTo(5);
		for (int i = 1; i < 6; i++) {
			assertThat(home).contains(titles[i]);
		}
		assertThat(home).doesNotContain(titles[0]);
	}

	@Test
	void noticeTextIsShownAsTextNeverAsMarkup() throws Exception {
		long id = publishedId(token("admin"), "<script>alert('x')</script>" + unique("t"));
		String page = mvc.perform(get("/notices/{id}", id)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("&lt;script&gt;").doesNotContain("<script>alert");
	}

	@Test
	void refusesAnEmptyNoticeAndAnyoneButTheAssociation() throws Exception {
		String admin = token("admin");
		publish(admin, " ", "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title", "body")));
		publish(admin, "x".repeat(201), "正文").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		publish(token(enterprise().username()), "标题", "正文").andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/admin/notices").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void adminDeletesANoticeAndItIsGoneEverywhere() throws Exception {
		String admin = token("admin");
		long id = publishedId(admin, unique("将删除的通知"));
		mvc.perform(bearer(delete("/api/v1/admin/notices/{id}", id), admin)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/notices/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/notices/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(bearer(delete("/api/v1/admin/notices/{id}", id), admin)).andExpect(status().isNotFound());
		mvc.perform(get("/notices/{id}", "abc")).andExpect(status().isBadRequest());
	}

	@Test
	void noticesAdminPagePublishesRefusesAnEmptyTitleAndDeletes() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String title = unique("页面发布的通知");
		mvc.perform(post("/admin/notices").cookie(admin).with(csrf()).param("title", title).param("body", "内容"))
			.andExpect(redirectedUrl("/admin/notices"));
		String list = mvc.perform(get("/admin/notices").cookie(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(list).contains(title);
		long id = read(mvc.perform(get("/api/v1/notices")).andReturn().getResponse().getContentAsString()).get(0)
			.get("id").asLong();

		String refused = mvc.perform(post("/admin/notices").cookie(admin).with(csrf()).param("title", "")
				.param("body", "只有内容"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(refused, "n-title-error")).isEqualTo("请填写通知标题");
		assertThat(refused).contains("只有内容");

		mvc.perform(post("/admin/notices/{id}/delete", id).cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/notices"));
		mvc.perform(get("/notices/{id}", id)).andExpect(status().isNotFound());
	}

	@Test
	void homePageOffersTheLoginBoxTheCertificateCheckAndTheSevenStepsOfTheProcess() throws Exception {
		String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("id=\"home-login-form\"", "action=\"/login\"", "name=\"_csrf\"");
		assertThat(home).containsPattern("<form action=\"/verify\" method=\"get\" id=\"verify-form\">")
			.contains("name=\"number\"");
		assertThat(home).contains("填写资质申请", "申请资料上传", "文件审核", "现场审核", "评审机构确认", "专家终审", "完成");
		assertThat(Html.count(home, "class=\"step-number\"")).isEqualTo(7);
		assertThat(home).contains("href=\"/register\"", "href=\"/register?type=person\"", "href=\"/password-reset\"");
	}
}
