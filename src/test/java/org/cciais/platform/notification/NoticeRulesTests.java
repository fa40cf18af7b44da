package org.cciais.platform.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.testing.Html;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 通知公告 (issue 12 item 6), the rules: a draft and a notice whose publish date has not come are not public (by the
 * platform clock); the public sees pinned first, then newest; only a PDF (by content) may be attached and the public
 * downloads it only while the notice is public; unknown notices are 404; every change is audited. The notices made
 * here are deleted after each test (the context's database is shared, and a pinned one would lead every list).
 */
class NoticeRulesTests extends PlatformTest {

	@Autowired
	JdbcTemplate jdbc;

	private final List<Long> made = new ArrayList<>();

	@AfterEach
	void deleteWhatWasMade() throws Exception {
		String admin = token("admin");
		for (long id : made) {
			mvc.perform(bearer(delete("/api/v1/admin/notices/{id}", id), admin));
		}
		made.clear();
	}

	@Test
	void aDraftIsNotPublicUntilPublishedAndNotAfterItIsWithdrawn() throws Exception {
		String admin = token("admin");
		String title = unique("草稿");
		long id = create(admin, Map.of("title", title, "body", "正文", "status", "DRAFT"));

		assertNotPublic(id, title);
		JsonNode mine = adminEntry(admin, id);
		assertThat(mine.get("status").asText()).isEqualTo("DRAFT");

		mvc.perform(bearer(post("/api/v1/admin/notices/{id}/publish", id), admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		mvc.perform(get("/api/v1/notices/{id}", id)).andExpect(status().isOk());
		assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).contains(title);

		mvc.perform(bearer(post("/api/v1/admin/notices/{id}/unpublish", id), admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		assertNotPublic(id, title);
		assertThat(audited(id)).containsExactly("notice.draft", "notice.publish", "notice.unpublish");
	}

	@Test
	void aNoticeDatedInTheFutureAppearsOnlyWhenThePlatformClockReachesIt() throws Exception {
		String admin = token("admin");
		String title = unique("定时通知");
		String publishAt = clock.instant().plus(Duration.ofDays(2)).toString();
		long id = create(admin, Map.of("title", title, "body", "正文", "publishAt", publishAt));

		assertNotPublic(id, title);
		assertThat(adminEntry(admin, id).get("status").asText()).isEqualTo("PUBLISHED");
		String list = mvc.perform(get("/admin/notices").cookie(adminSession()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(title, "待发布");

		clock.advance(Duration.ofDays(2).plusMinutes(1));
		mvc.perform(get("/api/v1/notices/{id}", id)).andExpect(status().isOk());
		assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).contains(title);
	}

	@Test
	void thePublicSeesPinnedFirstThenNewest() throws Exception {
		String admin = token("admin");
		String now = clock.instant().toString();
		String older = unique("较早");
		String pinned = unique("置顶");
		String newest = unique("最新");
		create(admin, Map.of("title", older, "body", "正文", "publishAt", clock.instant().minus(Duration.ofDays(3)).toString()));
		create(admin, Map.of("title", pinned, "body", "正文", "pinned", true, "publishAt",
				clock.instant().minus(Duration.ofDays(10)).toString()));
		create(admin, Map.of("title", newest, "body", "正文", "publishAt", now));

		JsonNode publicList = read(mvc.perform(get("/api/v1/notices").param("size", "500"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<String> titles = new ArrayList<>();
		publicList.forEach(n -> titles.add(n.get("title").asText()));
		assertThat(titles.stream().filter(t -> t.equals(older) || t.equals(pinned) || t.equals(newest)))
			.containsExactly(pinned, newest, older);
		assertThat(titles.get(0)).isEqualTo(pinned);

		String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(home.indexOf(pinned)).isLessThan(home.indexOf(newest));
		assertThat(home).contains("置顶");
	}

	@Test
	void onlyAPdfIsAttachedAndThePublicDownloadsItWhileTheNoticeIsPublic() throws Exception {
		String admin = token("admin");
		long id = create(admin, Map.of("title", unique("附件通知"), "body", "正文", "status", "DRAFT"));

		MockMultipartFile notPdf = new MockMultipartFile("file", "通知.pdf", MediaType.APPLICATION_PDF_VALUE,
				"<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/admin/notices/{id}/attachment", id).file(notPdf)
			.header("Authorization", "Bearer " + admin))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("文件内容不是 PDF 格式（按文件内容检查，不看扩展名），或文件已损坏/不完整"));
		assertThat(adminEntry(admin, id).get("attachment").isNull()).isTrue();

		MockMultipartFile pdf = new MockMultipartFile("file", "年度通知.pdf", MediaType.APPLICATION_PDF_VALUE, pdf());
		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/admin/notices/{id}/attachment", id).file(pdf)
			.header("Authorization", "Bearer " + admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attachment.name").value("年度通知.pdf"))
			.andExpect(jsonPath("$.attachment.size").value(pdf().length));
		// a draft's attachment is the association's only
		mvc.perform(get("/api/v1/notices/{id}/attachment", id)).andExpect(status().isNotFound());
		mvc.perform(get("/notices/{id}/attachment", id)).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/admin/notices/{id}/attachment", id), admin)).andExpect(status().isOk());

		mvc.perform(bearer(post("/api/v1/admin/notices/{id}/publish", id), admin)).andExpect(status().isOk());
		byte[] downloaded = mvc.perform(get("/notices/{id}/attachment", id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"____.pdf\"; filename*=UTF-8''%E5%B9%B4%E5%BA%A6%E9%80%9A%E7%9F%A5.pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf());
		mvc.perform(get("/api/v1/notices/{id}/attachment", id)).andExpect(status().isOk());
		assertThat(mvc.perform(get("/notices/{id}", id)).andReturn().getResponse().getContentAsString())
			.contains("/notices/" + id + "/attachment", "年度通知.pdf");

		mvc.perform(bearer(delete("/api/v1/admin/notices/{id}/attachment", id), admin))
			.andExpect(status().isNoContent());
		mvc.perform(get("/notices/{id}/attachment", id)).andExpect(status().isNotFound());
		mvc.perform(bearer(delete("/api/v1/admin/notices/{id}/attachment", id), admin))
			.andExpect(status().isNotFound());
		assertThat(audited(id)).containsExactly("notice.draft", "notice.attach", "notice.publish", "notice.detach");
	}

	@Test
	void theEditPageKeepsTheFormAndShowsARefusedFileBesideItsField() throws Exception {
		Cookie session = adminSession();
		String title = unique("页面通知");
		MockMultipartFile notPdf = new MockMultipartFile("file", "scan.pdf", MediaType.APPLICATION_PDF_VALUE, rar());
		String refused = mvc.perform(multipart("/admin/notices").file(notPdf).cookie(session).with(csrf())
				.param("title", title).param("body", "保留的正文").param("status", "DRAFT").param("pinned", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.textOf(refused, "n-file-error"))
			.isEqualTo("文件内容不是 PDF 格式（按文件内容检查，不看扩展名），或文件已损坏/不完整");
		assertThat(refused).contains("value=\"" + title + "\"", "保留的正文");
		// nothing was kept: the notice and its file go together
		assertThat(jdbc.queryForObject("select count(*) from notices where title = ?", Long.class, title)).isZero();

		mvc.perform(multipart("/admin/notices").file(new MockMultipartFile("file", "附件.pdf", "application/pdf", pdf()))
			.cookie(session)
			.with(csrf())
			.param("title", title)
			.param("body", "正文")
			.param("status", "DRAFT")
			.param("pinned", "true")).andExpect(redirectedUrl("/admin/notices"));
		long id = jdbc.queryForObject("select id from notices where title = ?", Long.class, title);
		made.add(id);
		String edit = mvc.perform(get("/admin/notices/{id}", id).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).contains("草稿", "附件.pdf", "/admin/notices/" + id + "/attachment");

		String stale = mvc.perform(multipart("/admin/notices/{id}", id).cookie(session).with(csrf())
				.param("title", title).param("body", "改过").param("status", "PUBLISHED").param("version", "99"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("该通知已被他人修改，请刷新后重试", "改过");
		String badDate = mvc.perform(multipart("/admin/notices/{id}", id).cookie(session).with(csrf())
				.param("title", title).param("body", "正文").param("publishAt", "明天"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.textOf(badDate, "n-publishAt-error")).isEqualTo("请填写正确的发布时间，例如 2026-12-01 09:00");
	}

	@Test
	void unknownNoticesAre404AndOnlyTheAssociationEdits() throws Exception {
		String admin = token("admin");
		long unknown = 987_654_321L;
		mvc.perform(get("/api/v1/notices/{id}", unknown)).andExpect(status().isNotFound());
		mvc.perform(get("/notices/{id}", unknown)).andExpect(status().isNotFound());
		mvc.perform(get("/notices/{id}/attachment", unknown)).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/admin/notices/{id}", unknown), admin)).andExpect(status().isNotFound());
		mvc.perform(bearer(post("/api/v1/admin/notices/{id}/publish", unknown), admin))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(post("/api/v1/admin/notices/{id}/unpublish", unknown), admin))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(put("/api/v1/admin/notices/{id}", unknown), admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"标题\",\"body\":\"正文\"}")).andExpect(status().isNotFound());
		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/admin/notices/{id}/attachment", unknown).file(pdfPart("file"))
			.header("Authorization", "Bearer " + admin)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/notices/{id}", unknown).cookie(adminSession())).andExpect(status().isNotFound());

		long id = create(admin, Map.of("title", unique("他人不可改"), "body", "正文", "status", "DRAFT"));
		String enterprise = token(enterprise().username());
		mvc.perform(bearer(post("/api/v1/admin/notices/{id}/publish", id), enterprise)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/admin/notices/{id}/publish", id)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/notices/{id}", id)).andExpect(status().isNotFound());
	}

	@Test
	void theAdminListIsPagedLikeEveryList() throws Exception {
		String admin = token("admin");
		for (int i = 0; i < 3; i++) {
			create(admin, Map.of("title", unique("分页" + i), "body", "正文", "status", "DRAFT"));
		}
		mvc.perform(bearer(get("/api/v1/admin/notices").param("size", "2"), admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(header().exists("X-Total-Count"))
			.andExpect(header().string("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")));
		mvc.perform(bearer(get("/api/v1/admin/notices").param("size", "501"), admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/notices").param("page", "-1")).andExpect(status().isBadRequest());
		String page = mvc.perform(get("/admin/notices").cookie(adminSession()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("aria-label=\"分页\"", "共 ");
	}

	private long create(String admin, Map<String, Object> body) throws Exception {
		long id = read(mvc.perform(bearer(post("/api/v1/admin/notices"), admin).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
		made.add(id);
		return id;
	}

	private void assertNotPublic(long id, String title) throws Exception {
		mvc.perform(get("/api/v1/notices/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/notices/{id}", id)).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/api/v1/notices").param("size", "500")).andReturn().getResponse()
			.getContentAsString()).doesNotContain(title);
		assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).doesNotContain(title);
		assertThat(mvc.perform(get("/notices")).andReturn().getResponse().getContentAsString()).doesNotContain(title);
	}

	private JsonNode adminEntry(String admin, long id) throws Exception {
		return read(mvc.perform(bearer(get("/api/v1/admin/notices/{id}", id), admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private List<String> audited(long id) {
		return jdbc.queryForList("select action from audit_log where object_type = 'notice' and object_id = ? order by id",
				String.class, String.valueOf(id));
	}

	private Cookie adminSession() throws Exception {
		return PageSessions.login(mvc, "admin", "admin-test-pass-1");
	}
}
