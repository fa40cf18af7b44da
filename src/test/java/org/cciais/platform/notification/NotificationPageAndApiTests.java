package org.cciais.platform.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.notification.internal.Message;
import org.cciais.platform.notification.internal.Notification;
import org.cciais.platform.notification.internal.NotificationCenter;
import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Manual 3.2: the 通知提醒 page and its API. Items that need the user's action are blue and lead straight to the
 * action page, done ones are grey with 已处理; everyone sees and opens only their own.
 */
class NotificationPageAndApiTests extends NotificationTestSupport {

	@Autowired
	NotificationCenter center;

	/** Three notifications a minute apart: a notice, a to-do that has been done, and an open to-do (newest). */
	private record Inbox(Notification notice, Notification done, Notification todo) {
	}

	private Inbox inbox(AccountView me) {
		String topic = "test:" + unique("topic");
		Instant t = clock.instant();
		center.notify(me, Message.notice(null, "金融行业三级资质申请已提交至评审机构，请等待评审机构受理。",
				"/enterprise/progress/41", topic + ":n", topic, t.minus(Duration.ofMinutes(2))));
		center.notify(me, Message.todo(null, "金融行业三级资质申请被评审机构退回，请修改申请信息后重新提交，或取消申请。",
				"/enterprise/progress/41", topic + ":old", topic, t.minus(Duration.ofMinutes(1))));
		center.completeTopic(topic, topic + ":new");
		center.notify(me, Message.todo(null, "金融行业三级资质申请已受理，请于 2026-12-02 18:00 前上传申请材料。",
				"/enterprise/progress/41/materials", topic + ":new", topic, t));
		var mine = of(me.id());
		return new Inbox(find(mine, topic + ":n"), find(mine, topic + ":old"), find(mine, topic + ":new"));
	}

	private static Notification find(java.util.List<Notification> list, String refKey) {
		return list.stream().filter(n -> refKey.equals(n.getRefKey())).findFirst().orElseThrow();
	}

	@Test
	void apiListsOnlyMyOwnNotificationsNewestFirst() throws Exception {
		var enterprise = enterprise();
		AccountView me = accounts.findById(enterprise.accountId()).orElseThrow();
		Inbox inbox = inbox(me);
		AccountView someoneElse = account(Role.REVIEW_ORG, reviewOrg().id());
		center.notify(someoneElse, Message.todo(null, "别人的待办", "/review-org/applications/41", null, null, null));

		JsonNode list = read(mvc.perform(bearer(get("/api/v1/notifications"), token(enterprise.username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(list).hasSize(3);
		JsonNode first = list.get(0);
		assertThat(first.propertyNames()).containsExactlyInAnyOrder("id", "createdAt", "text", "actionRequired",
				"link", "read", "done");
		assertThat(first.get("id").asLong()).isEqualTo(inbox.todo().getId());
		assertThat(first.get("text").asText()).isEqualTo("金融行业三级资质申请已受理，请于 2026-12-02 18:00 前上传申请材料。");
		assertThat(first.get("actionRequired").asBoolean()).isTrue();
		assertThat(first.get("link").asText()).isEqualTo("/enterprise/progress/41/materials");
		assertThat(first.get("read").asBoolean()).isFalse();
		assertThat(first.get("done").asBoolean()).isFalse();
		assertThat(first.get("createdAt").asText()).endsWith("+08:00");
		assertThat(list.get(1).get("id").asLong()).isEqualTo(inbox.done().getId());
		assertThat(list.get(1).get("actionRequired").asBoolean()).isFalse();
		assertThat(list.get(1).get("done").asBoolean()).isTrue();
		assertThat(list.get(2).get("id").asLong()).isEqualTo(inbox.notice().getId());
		assertThat(list.get(2).get("actionRequired").asBoolean()).isFalse();
		assertThat(list.get(2).get("done").asBoolean()).isFalse();
	}

	@Test
	void apiMarksMyNotificationRead() throws Exception {
		var enterprise = enterprise();
		Inbox inbox = inbox(accounts.findById(enterprise.accountId()).orElseThrow());
		String token = token(enterprise.username());

		mvc.perform(bearer(post("/api/v1/notifications/{id}/read", inbox.todo().getId()), token))
			.andExpect(status().isNoContent());

		assertThat(reload(inbox.todo()).isRead()).isTrue();
		assertThat(reload(inbox.notice()).isRead()).isFalse();
		mvc.perform(bearer(post("/api/v1/notifications/{id}/read", inbox.todo().getId()), token))
			.andExpect(status().isNoContent());
	}

	@Test
	void nobodyElseCanSeeReadOrOpenMyNotifications() throws Exception {
		var enterprise = enterprise();
		Inbox inbox = inbox(accounts.findById(enterprise.accountId()).orElseThrow());
		var other = enterprise();
		long mine = inbox.todo().getId();

		String list = mvc.perform(bearer(get("/api/v1/notifications"), token(other.username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain("\"id\":" + mine + ",").doesNotContain("上传申请材料");
		mvc.perform(bearer(post("/api/v1/notifications/{id}/read", mine), token(other.username())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/notifications/{id}/open", mine).cookie(login(other.username())))
			.andExpect(status().isNotFound());
		String page = mvc.perform(get("/notifications").cookie(login(other.username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("notification-" + mine + "\"").doesNotContain("上传申请材料");

		assertThat(reload(inbox.todo()).isRead()).isFalse();
		mvc.perform(bearer(post("/api/v1/notifications/{id}/read", Long.MAX_VALUE), token(other.username())))
			.andExpect(status().isNotFound());
	}

	@Test
	void notLoggedInMeansNoNotifications() throws Exception {
		mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
		mvc.perform(get("/notifications").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

	@Test
	void pageShowsOpenToDosInBlueLinkingToTheActionPageAndDoneItemsGreyed() throws Exception {
		var enterprise = enterprise();
		Inbox inbox = inbox(accounts.findById(enterprise.accountId()).orElseThrow());
		Cookie session = login(enterprise.username());

		String page = mvc.perform(get("/notifications").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String todo = item(page, inbox.todo());
		assertThat(todo).contains("href=\"/notifications/" + inbox.todo().getId() + "/open\"")
			.contains("data-state=\"todo\"")
			.contains("待办")
			.contains("未读")
			.containsPattern("class=\"notification-text[^\"]*text-primary[^\"]*\">金融行业三级资质申请已受理");
		String done = item(page, inbox.done());
		// a settled to-do is read as well: never 已处理 and 未读 at once (issue 8 item 21)
		assertThat(done).contains("data-state=\"done\"").contains("已处理").contains("text-body-secondary")
			.doesNotContain("text-primary").doesNotContain("未读");
		String notice = item(page, inbox.notice());
		assertThat(notice).contains("data-state=\"notice\"").contains("通知").doesNotContain("text-primary");
		assertThat(page.indexOf(todo)).isLessThan(page.indexOf(done));
		assertThat(page.indexOf(done)).isLessThan(page.indexOf(notice));
		// unread: the open to-do and the notice; the settled to-do is not counted
		assertThat(page).containsPattern("id=\"unread-count\"[^>]*>2<");
	}

	@Test
	void clickingAToDoMarksItReadAndOpensTheActionPage() throws Exception {
		AccountView org = account(Role.REVIEW_ORG, reviewOrg().id());
		center.notify(org, Message.todo(null, "某公司的金融行业三级资质申请已提交，请审核申请信息后受理或退回。",
				"/review-org/applications/41", null, null, null));
		Notification todo = of(org.id()).get(0);
		Cookie session = login(org.username());

		mvc.perform(get("/notifications/{id}/open", todo.getId()).cookie(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/review-org/applications/41"));

		assertThat(reload(todo).isRead()).isTrue();
		assertThat(reload(todo).isPending()).isTrue();
		String page = mvc.perform(get("/notifications").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(item(page, todo)).contains("data-read=\"true\"").doesNotContain("未读");
		assertThat(page).doesNotContain("id=\"unread-count\"");
	}

	@Test
	void markingEverythingReadClearsTheBadge() throws Exception {
		var enterprise = enterprise();
		inbox(accounts.findById(enterprise.accountId()).orElseThrow());
		Cookie session = login(enterprise.username());

		mvc.perform(post("/notifications/read-all").with(csrf()).cookie(session))
			.andExpect(redirectedUrl("/notifications"));

		assertThat(of(enterprise.accountId())).allMatch(Notification::isRead);
	}

	/** The list item (an {@code <a>} element) of one notification in the page. */
	private static String item(String page, Notification n) {
		Matcher m = Pattern.compile("<a[^>]*id=\"notification-" + n.getId() + "\".*?</a>", Pattern.DOTALL)
			.matcher(page);
		assertThat(m.find()).as("item %s on the page", n.getId()).isTrue();
		return m.group();
	}
}
