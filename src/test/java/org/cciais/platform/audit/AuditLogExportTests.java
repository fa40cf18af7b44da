package org.cciais.platform.audit;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.Html;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 操作日志: filters, paging, one entry in full, and every matching entry exported to Excel (page and API), audited. */
class AuditLogExportTests extends PlatformTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditQueries audit;

	/** Three entries of a fresh object type, so that the filter keeps exactly them. */
	private String threeEntries() {
		String id = "exp-" + System.nanoTime();
		transactions.executeWithoutResult(s -> {
			for (int i = 0; i < 3; i++) {
				events.publishEvent(new AuditRecord("clerk" + i, Role.ADMIN, "notice.publish", "notice", id,
						"第 " + i + " 条 | before: 草稿 | after: 已发布"));
			}
		});
		return id;
	}

	@Test
	void exportsEveryMatchingEntryWithChineseHeadersLabelsAndDateCells() throws Exception {
		String id = threeEntries();
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		// size=1 and page=2 are ignored: the file holds all three
		var response = mvc.perform(get("/admin/audit").cookie(admin).param("objectType", "notice").param("objectId", id)
				.param("size", "20").param("page", "2").param("sort", "actor,asc").param("export", "xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andReturn().getResponse();
		String disposition = URLDecoder.decode(response.getHeader("Content-Disposition"), StandardCharsets.UTF_8);
		assertThat(disposition).contains("attachment").contains("操作日志-").contains(".xlsx");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(1 + 3);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("编号");
			assertThat(List.of(rows.get(0).getCellText(1), rows.get(0).getCellText(2), rows.get(0).getCellText(4)))
				.containsExactly("时间", "操作人", "操作");
			assertThat(rows.get(1).getCellText(2)).isEqualTo("clerk0");
			assertThat(rows.get(3).getCellText(2)).isEqualTo("clerk2");
			assertThat(rows.get(1).getCellText(3)).isEqualTo("协会管理员");
			assertThat(rows.get(1).getCellText(4)).isEqualTo("发布公告");
			assertThat(rows.get(1).getCellText(5)).isEqualTo("公告 #" + id);
			LocalDateTime at = rows.get(1).getCellAsDate(1).orElseThrow();
			assertThat(at.getYear()).isGreaterThan(2000);
		}
		// the export itself is in the log: who, which list, the filters, how many rows
		var exported = audit.search("admin", "list.export", "list", "audit", 1).get(0);
		assertThat(exported.detail()).contains("操作日志", "objectType=notice", "objectId=" + id, "actor,asc", "共 3 行")
			.doesNotContain("page=", "size=");
	}

	@Test
	void apiAnswersTheSameListAsExcelWhenAskedForIt() throws Exception {
		String id = threeEntries();
		String token = token("admin");
		var response = mvc.perform(get("/api/v1/admin/audit").header("Authorization", "Bearer " + token)
				.header("Accept", XLSX).param("objectId", id).param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andReturn().getResponse();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			assertThat(workbook.getFirstSheet().read()).hasSize(1 + 3);
		}
		mvc.perform(get("/api/v1/admin/audit").header("Authorization", "Bearer " + token).param("objectId", id)
				.param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "3"))
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get("/api/v1/admin/audit").header("Authorization", "Bearer " + token).param("objectId", id)
				.param("sort", "nonsense"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void pageFiltersByRoleAndDateKeepsThemInTheExportLinkAndShowsOneEntryInFull() throws Exception {
		String id = threeEntries();
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String html = mvc.perform(get("/admin/audit").cookie(admin).param("objectId", id).param("role", "ADMIN")
				.param("from", "2000-01-01").param("size", "20"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("共 3 条", "发布公告", "导出 Excel")
			.contains("/admin/audit?objectId=" + id + "&amp;role=ADMIN&amp;from=2000-01-01&amp;export=xlsx");
		String bad = mvc.perform(get("/admin/audit").cookie(admin).param("from", "yesterday"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(bad).contains("a-from-error", "没有符合条件的记录");
		long entryId = audit.search(null, null, "notice", id, 1).get(0).id();
		String detail = mvc.perform(get("/admin/audit/" + entryId).cookie(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(detail).contains("发布公告", "notice.publish", "第 2 条", "变更前", "草稿", "变更后", "已发布");
		mvc.perform(get("/admin/audit/99999999").cookie(admin)).andExpect(status().isNotFound());
	}

	@Test
	void aRoleThatDoesNotExistIsRefusedBesideItsFieldOnThePageAndAsAProblemOnTheApi() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String page = mvc.perform(get("/admin/audit").cookie(admin).param("role", "KING").param("actor", "clerk0"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(page, "a-role-error")).isEqualTo("参数 role 的格式不正确。");
		assertThat(page).contains("value=\"clerk0\"", "没有符合条件的记录");
		mvc.perform(get("/api/v1/admin/audit").header("Authorization", "Bearer " + token("admin")).param("role", "KING"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.errors[0].message").value("参数 role 的格式不正确。"))
			.andExpect(jsonPath("$.detail").value("参数 role 的格式不正确。"));
	}
}
