package org.cciais.platform.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A whole application, from submission to certificate, through the API as people do it, and the 通知提醒 each
 * party ends with: one to-do per action awaited from it, each settled once, no duplicates.
 */
class ApplicationNotificationJourneyTests extends ApplicationTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	/** Waits until the notification listeners have handled every event of the application published so far. */
	private void awaitNotificationsFor(long applicationId) {
		String event = "%\"applicationId\":" + applicationId + ",%";
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
				select count(*) from event_publication where completion_date is null and listener_id like ?
				and serialized_event like ?""", Long.class, "%notification%", event) == 0);
	}

	/**
	 * The caller's notifications on the case, oldest first, as "kind|text" (kind 待办 for an open to-do, 已处理 for
	 * a settled one, 通知 for a notice; "·未读" when unread), times, dates and certificate numbers replaced by
	 * placeholders.
	 */
	private List<String> notifications(String token, long applicationId) throws Exception {
		JsonNode list = read(mvc.perform(bearer(get("/api/v1/notifications"), token)).andReturn().getResponse()
			.getContentAsString());
		List<String> mine = new ArrayList<>();
		for (JsonNode n : list) {
			String link = n.path("link").asText("");
			if (!link.matches(".*/" + applicationId + "(/.*)?$") && !link.endsWith("/certificates")) {
				continue;
			}
			String kind = n.get("actionRequired").asBoolean() ? "待办" : n.get("done").asBoolean() ? "已处理" : "通知";
			String text = n.get("text").asText()
				.replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}", "<时间>")
				.replaceAll("\\d{4}-\\d{2}-\\d{2}", "<日期>")
				.replaceAll("MIITCCCAIS-\\d+", "<编号>")
				.replaceAll("测试企业\\w+有限公司", "<企业>");
			mine.add(0, kind + (n.get("read").asBoolean() ? "" : "·未读") + "|" + text);
		}
		return mine;
	}

	@Test
	void aJourneyToTheCertificateLeavesEachPartyOneToDoPerAwaitedActionEachSettledOnce() throws Exception {
		Parties p = parties();
		long id = applied(p, "COMMERCE");
		// the review organisation is told of the submission before it accepts (its to-do, settled by the acceptance)
		awaitNotificationsFor(id);
		ok(act(p.orgToken(), id, "accept"));
		// two days before the materials deadline the reminder job runs: a reminder, not a second to-do
		awaitNotificationsFor(id);
		advance(Duration.ofDays(5).plusHours(1));
		p = refreshed(p);
		// each party acts once it has been told, as people do: every step's notifications are written before the next
		uploadAll(p.enterpriseToken(), id);
		ok(act(p.enterpriseToken(), id, "submit-materials"));
		awaitNotificationsFor(id);
		ok(act(p.orgToken(), id, "assign-reviewer", reviewerJson(p)));
		awaitNotificationsFor(id);
		ok(act(p.reviewerToken(), id, "doc-pass", "{\"opinion\":\"材料齐全\"}"));
		awaitNotificationsFor(id);
		ok(act(p.reviewerToken(), id, "schedule-onsite",
				"{\"onsiteDate\":\"" + LocalDate.now(clock).plusDays(3) + "\"}"));
		awaitNotificationsFor(id);
		ok(act(p.reviewerToken(), id, "onsite-pass", "{\"opinion\":\"现场审核通过\"}"));
		awaitNotificationsFor(id);
		ok(act(p.orgToken(), id, "org-confirm", "{\"opinion\":\"同意\"}"));
		awaitNotificationsFor(id);
		ok(act(p.expertToken(), id, "approve", "{\"opinion\":\"同意颁证\"}"));
		awaitNotificationsFor(id);
		// the certificate module issues the certificate on its own event, and only then is the enterprise told
		String enterpriseToken = p.enterpriseToken();
		await().atMost(Duration.ofSeconds(30)).until(() -> notifications(enterpriseToken, id).stream()
			.anyMatch(n -> n.contains("资质证书（证书编号")));

		assertThat(notifications(p.enterpriseToken(), id)).containsExactly(
				"通知·未读|商业行业三级资质申请已提交至评审机构，请等待评审机构受理。",
				"已处理|商业行业三级资质申请已受理，请于 <时间> 前上传申请材料（逾期未提交，系统将清除本次申请数据）。",
				"通知·未读|提醒：商业行业三级资质申请的申请材料提交将于 <时间> 截止，请尽快上传并提交；逾期未提交，系统将清除本次申请数据。",
				"通知·未读|商业行业三级资质申请的申请材料已提交，进入文件审核。",
				"通知·未读|商业行业三级资质申请已分配评审员。",
				"通知·未读|商业行业三级资质申请文件审核已通过，进入现场审核，评审员将与您沟通现场审核时间。",
				"通知·未读|商业行业三级资质申请的现场审核已安排，请留意评审员的通知并做好准备。",
				"通知·未读|商业行业三级资质申请现场审核已通过，等待评审机构确认。",
				"通知·未读|商业行业三级资质申请已经评审机构确认，已提交专家委员会终审。",
				"通知·未读|您的商业行业三级资质证书（证书编号 <编号>）已颁发，有效期至 <日期>，可在“证书查询”中查看和下载电子证书。");
		assertThat(notifications(p.orgToken(), id)).containsExactly(
				"已处理|<企业>的商业行业三级资质申请已提交，请审核申请信息后受理或退回。",
				"已处理|<企业>的商业行业三级资质申请的申请材料已提交，请分配评审员进行文件审核。",
				"已处理|<企业>的商业行业三级资质申请现场审核已通过，请进行评审机构确认。");
		assertThat(notifications(p.reviewerToken(), id)).containsExactly(
				"已处理|您已被分配为<企业>的商业行业三级资质申请的评审员，请进行文件审核。",
				"已处理|<企业>的商业行业三级资质申请文件审核已通过，请与企业沟通并安排现场审核。",
				"已处理|<企业>的商业行业三级资质申请的现场审核已安排，请在现场审核后录入审核结果。");
		assertThat(notifications(p.consultantToken(), id)).containsExactly(
				"通知·未读|<企业>的商业行业三级资质申请已提交，贵机构为其咨询机构。",
				"通知·未读|<企业>的商业行业三级资质申请已受理，企业须于 <时间> 前上传申请材料。",
				"通知·未读|<企业>的商业行业三级资质申请已通过专家终审，获得资质证书。");
		assertThat(notifications(p.expertToken(), id)).containsExactly(
				"已处理|<企业>的商业行业三级资质申请已经评审机构确认，请进行专家终审。");
	}
}
