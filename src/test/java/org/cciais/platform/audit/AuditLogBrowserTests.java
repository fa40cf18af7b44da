package org.cciais.platform.audit;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.BrowserTest;
import org.cciais.platform.testing.Viewports;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 操作日志 in a real browser, as the association's clerk uses it: a notice drafted, edited and published by a fresh
 * ADMIN account, found again by person, action and day, sorted by 操作, one entry opened with what it changed, and the
 * selection exported to Excel. Screenshots of the list and of the entry at 1366 px and 390 px in
 * target/screenshots/audit-*.png.
 */
class AuditLogBrowserTests extends BrowserTest {

	private static final String TITLE = "关于 2026 年度信息系统业务安全服务资质年度检查工作安排的通知";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private String clerk;

	private long noticeId;

	private LocalDate today;

	/** A fresh ADMIN whose only notice actions are these three: 保存公告草稿, 修改公告, 发布公告. */
	@BeforeAll
	void oneNoticeDraftedEditedAndPublished() {
		clerk = account(Role.ADMIN, null).username();
		String token = api().post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", clerk, "password", PASSWORD))
			.retrieve()
			.body(JsonNode.class)
			.get("token")
			.asText();
		noticeId = api().post()
			.uri("/api/v1/admin/notices")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", "年度检查安排", "body", "各企业请于十二月底前提交年检材料。", "status", "DRAFT"))
			.retrieve()
			.body(JsonNode.class)
			.get("id")
			.asLong();
		api().put()
			.uri("/api/v1/admin/notices/" + noticeId)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", TITLE, "body", "各企业请于十二月底前提交年检材料。", "status", "DRAFT"))
			.retrieve()
			.toBodilessEntity();
		api().post()
			.uri("/api/v1/admin/notices/" + noticeId + "/publish")
			.header("Authorization", "Bearer " + token)
			.retrieve()
			.toBodilessEntity();
		today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
	}

	@AfterEach
	void wide() {
		Viewports.reset(browser);
	}

	@Test
	void theClerkFindsSortsOpensAndExportsWhatWasDoneToANotice() throws Exception {
		login(clerk, PASSWORD);
		open("/admin");
		click(By.cssSelector("#side-menu a[href='/admin/audit']"));
		assertThat(waitFor(By.cssSelector("main h1")).getText()).isEqualTo("操作日志");

		// everything anyone did, newest first: the widest the table gets
		screenshots("audit-list-all");

		// a day before the notice: nothing
		search(today.minusDays(10), today.minusDays(1));
		assertThat(waitFor(By.cssSelector("#audit-entries tbody")).getText()).contains("没有符合条件的记录");

		search(today, today);
		assertThat(column(4)).containsExactlyInAnyOrder("保存公告草稿", "修改公告", "发布公告");
		assertThat(column(5)).containsOnly("公告 #" + noticeId);
		assertThat(column(3)).containsOnly("协会管理员");
		assertThat(waitFor(By.id("audit-entries")).getText()).doesNotContain("notice.", "ADMIN");
		assertThat(browser.findElement(By.cssSelector(".list-pager")).getText()).contains("共 3 条");

		click(By.cssSelector("a[data-sort=action]"));
		waitForUrl("sort=action,asc");
		// by the code: notice.draft, notice.edit, notice.publish; the filters stay
		assertThat(column(4)).containsExactly("保存公告草稿", "修改公告", "发布公告");
		assertThat(browser.findElement(By.id("a-actor")).getAttribute("value")).isEqualTo(clerk);
		assertThat(browser.findElement(By.cssSelector("th[aria-sort=ascending]")).getText()).contains("操作");
		click(By.cssSelector("a[data-sort=action]"));
		waitForUrl("sort=action,desc");
		assertThat(column(4)).containsExactly("发布公告", "修改公告", "保存公告草稿");
		screenshots("audit-list");

		String export = browser.findElement(By.cssSelector("a.list-export")).getAttribute("href");
		assertThat(export).contains("actor=" + clerk, "action=notice.", "from=" + today, "export=xlsx");
		HttpResponse<byte[]> file = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(export)).header("Cookie", cookies()).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).contains(XLSX);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
			var rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(1 + 3);
			assertThat(rows.get(1).getCellText(4)).isEqualTo("发布公告");
		}

		openEntry("修改公告");
		assertThat(waitFor(By.cssSelector("main h1")).getText()).endsWith("：修改公告");
		assertThat(browser.findElement(By.id("audit-entry")).getText()).contains(clerk, "协会管理员", "notice.edit",
				"公告 #" + noticeId);
		assertThat(browser.findElement(By.cssSelector("#audit-changes thead")).getText()).isEqualTo("项目 变更前 变更后");
		// field by field, in words; the changed ones marked
		List<String> changes = browser.findElements(By.cssSelector("#audit-changes tbody tr"))
			.stream()
			.map(r -> r.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText)
				.collect(Collectors.joining(" | ")))
			.toList();
		assertThat(changes).contains("标题 已修改 | 年度检查安排 | " + TITLE, "状态 | 草稿 | 草稿", "置顶 | 否 | 否",
				"附件 | — | —");
		assertThat(changes.get(3)).startsWith("发布时间").contains(" | " + today + " ");
		assertThat(browser.findElement(By.id("audit-change")).getText()).doesNotContain("DRAFT", "false", "title=");
		screenshots("audit-entry");

		// the draft records no change: no 变更前 / 变更后
		browser.navigate().back();
		openEntry("保存公告草稿");
		waitFor(By.id("audit-entry"));
		assertThat(browser.findElements(By.id("audit-change"))).isEmpty();
	}

	/** Fills the form: this clerk, every notice action, the days; then 查询. */
	private void search(LocalDate from, LocalDate to) {
		WebElement actor = browser.findElement(By.id("a-actor"));
		actor.clear();
		actor.sendKeys(clerk);
		new Select(browser.findElement(By.id("a-action"))).selectByVisibleText("公告操作（全部）");
		// a date input takes typed digits in the browser's locale order; its value is the same everywhere
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]; arguments[2].value = arguments[3];",
				browser.findElement(By.id("a-from")), from.toString(), browser.findElement(By.id("a-to")), to.toString());
		click(By.cssSelector("#audit-search button[type=submit]"));
		waitForUrl("to=" + to);
	}

	/** 详情 of the row of this action. */
	private void openEntry(String action) {
		WebElement row = browser.findElements(By.cssSelector("#audit-entries tbody tr"))
			.stream()
			.filter(r -> r.getText().contains(action))
			.findFirst()
			.orElseThrow();
		click(row.findElement(By.linkText("详情")));
	}

	private void waitForUrl(String part) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains(part));
	}

	/** The texts of one column of the shown rows (1-based). */
	private List<String> column(int n) {
		return browser.findElements(By.cssSelector("#audit-entries tbody tr td:nth-child(" + n + ")"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** The page as a laptop and a phone show it, nothing wider than the phone. */
	private void screenshots(String name) throws Exception {
		Viewports.bothWidths(browser, name);
		Viewports.reset(browser);
	}

	private String cookies() {
		return browser.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
	}

	private RestClient api() {
		return RestClient.create(url(""));
	}
}
