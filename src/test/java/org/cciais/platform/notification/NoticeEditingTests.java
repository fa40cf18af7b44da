package org.cciais.platform.notification;

import java.util.Map;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 通知公告 editing: drafts are never public, edits are version-checked. */
class NoticeEditingTests extends PlatformTest {

	@Test
	void aDraftIsNotFoundByThePublicUntilPublishedAndAStaleEditIsRefused() throws Exception {
		String admin = token("admin");
		String title = unique("草稿通知");
		long id = read(mvc.perform(bearer(post("/api/v1/admin/notices"), admin).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("title", title, "body", "内容", "status", "DRAFT"))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
		mvc.perform(get("/api/v1/notices/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/notices/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(bearer(put("/api/v1/admin/notices/{id}", id), admin).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("title", title, "body", "内容", "status", "PUBLISHED",
						"version", 0))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
		mvc.perform(get("/api/v1/notices/{id}", id)).andExpect(status().isOk());
		mvc.perform(bearer(put("/api/v1/admin/notices/{id}", id), admin).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("title", title, "body", "改", "version", 0))))
			.andExpect(status().isConflict());
		mvc.perform(bearer(delete("/api/v1/admin/notices/{id}", id), admin)).andExpect(status().isNoContent());
	}
}
