package org.cciais.platform.notification;

import java.time.Instant;
import java.util.List;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.application.ApplicationsExpired;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.notification.internal.Notification;
import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cciais.platform.application.ApplicationStatus.ACCEPTED;
import static org.cciais.platform.application.ApplicationStatus.CERTIFIED;
import static org.cciais.platform.application.ApplicationStatus.DOC_RECTIFICATION;
import static org.cciais.platform.application.ApplicationStatus.DOC_REVIEW;
import static org.cciais.platform.application.ApplicationStatus.EXPIRED;
import static org.cciais.platform.application.ApplicationStatus.FINAL_REVIEW;
import static org.cciais.platform.application.ApplicationStatus.ONSITE_RECTIFICATION;
import static org.cciais.platform.application.ApplicationStatus.ONSITE_REVIEW;
import static org.cciais.platform.application.ApplicationStatus.ORG_CONFIRMATION;
import static org.cciais.platform.application.ApplicationStatus.RETURNED;
import static org.cciais.platform.application.ApplicationStatus.SUBMITTED;
import static org.cciais.platform.application.ApplicationStatus.TERMINATION_PROPOSED;

/**
 * Manual 3.2: every step that needs someone's action becomes that party's to-do with a link to the action page, the
 * previous step's to-dos are marked done, and the enterprise hears of every step.
 */
class ApplicationToDoTests extends NotificationTestSupport {

	@Test
	void submittedApplicationAsksEveryAccountOfTheChosenReviewOrgToAcceptIt() {
		Case c = newCase();
		var otherOrg = reviewOrg("JJJ");
		AccountView outsider = account(Role.REVIEW_ORG, otherOrg.id());

		publish(step(c, null, SUBMITTED, "submit"));

		String link = "/review-org/applications/" + c.applicationId();
		for (AccountView org : c.reviewOrgAccounts()) {
			Notification todo = awaitToDo(org.id(), link);
			assertThat(todo.getText()).isEqualTo(c.enterprise().name() + "的金融行业三级资质申请已提交，请审核申请信息后受理或退回。");
			assertThat(todo.isPending()).isTrue();
		}
		Notification notice = awaitText(c.enterprise().accountId(), "金融行业三级资质申请已提交至评审机构");
		assertThat(notice.isActionRequired()).isFalse();
		assertThat(notice.getLink()).isEqualTo("/enterprise/progress/" + c.applicationId());
		assertThat(awaitText(c.consultant().id(), "贵机构为其咨询机构").isActionRequired()).isFalse();
		assertThat(of(outsider.id())).isEmpty();
		assertThat(of(c.reviewer().id())).isEmpty();
	}

	@Test
	void returnedApplicationAsksTheEnterpriseToModifyOrCancelWithTheOpinion() {
		Case c = newCase();
		publish(step(c, null, SUBMITTED, "submit"));
		Notification accept = awaitToDo(c.reviewOrgAccounts().get(0).id(), "/review-org/applications/" + c.applicationId());

		publish(step(c, SUBMITTED, RETURNED, "return", "咨询机构选择有误", false, null));

		Notification todo = awaitToDo(c.enterprise().accountId(), "/enterprise/progress/" + c.applicationId());
		assertThat(todo.getText()).isEqualTo("金融行业三级资质申请被评审机构退回，请修改申请信息后重新提交，或取消申请。退回意见：咨询机构选择有误");
		assertThat(reload(accept).isDone()).isTrue();
		assertThat(of(c.reviewOrgAccounts().get(1).id())).allMatch(n -> !n.isPending());

		publish(step(c, RETURNED, SUBMITTED, "resubmit"));

		awaitText(c.reviewOrgAccounts().get(0).id(), "已修改并重新提交，请审核后受理或退回");
		assertThat(reload(todo).isDone()).isTrue();
	}

	@Test
	void acceptedApplicationAsksForTheMaterialsBeforeTheDeadlineInBeijingTime() {
		Case c = newCase();
		publish(step(c, null, SUBMITTED, "submit"));
		publish(step(c, SUBMITTED, ACCEPTED, "accept", null, false, Instant.parse("2026-12-02T10:00:00Z")));

		Notification todo = awaitToDo(c.enterprise().accountId(),
				"/enterprise/progress/" + c.applicationId() + "/materials");
		assertThat(todo.getText()).startsWith("金融行业三级资质申请已受理，请于 2026-12-02 18:00 前上传申请材料");
		assertThat(awaitText(c.consultant().id(), "企业须于 2026-12-02 18:00 前上传申请材料").isActionRequired())
			.isFalse();
		assertThat(of(c.reviewOrgAccounts().get(0).id(), c.applicationId())).noneMatch(Notification::isPending);
	}

	@Test
	void submittedMaterialsGoToTheReviewOrgUntilAReviewerIsAssigned() {
		Case c = newCase();
		publish(step(c, ACCEPTED, DOC_REVIEW, "submit-materials"));

		String orgLink = "/review-org/applications/" + c.applicationId();
		Notification assign = awaitToDo(c.reviewOrgAccounts().get(1).id(), orgLink);
		assertThat(assign.getText()).contains("请分配评审员");
		awaitText(c.enterprise().accountId(), "金融行业三级资质申请的申请材料已提交，进入文件审核");

		publish(step(c, DOC_REVIEW, DOC_REVIEW, "assign-reviewer", null, true, null));

		Notification review = awaitToDo(c.reviewer().id(), "/reviewer/applications/" + c.applicationId());
		assertThat(review.getText()).isEqualTo("您已被分配为" + c.enterprise().name() + "的金融行业三级资质申请的评审员，请进行文件审核。");
		assertThat(reload(assign).isDone()).isTrue();
	}

	@Test
	void failedDocumentReviewAsksTheEnterpriseToRectifyAndTheUploadGoesBackToTheReviewer() {
		Case c = newCase();
		String reviewerLink = "/reviewer/applications/" + c.applicationId();
		publish(step(c, ACCEPTED, DOC_REVIEW, "submit-materials", null, true, null));
		Notification firstReview = awaitToDo(c.reviewer().id(), reviewerLink);

		publish(step(c, DOC_REVIEW, DOC_RECTIFICATION, "doc-fail", "缺少财务审计报告", true, null));

		Notification rectify = awaitToDo(c.enterprise().accountId(), "/enterprise/progress/" + c.applicationId());
		assertThat(rectify.getText()).contains("文件审核未通过").contains("rar").endsWith("审核意见：缺少财务审计报告");
		assertThat(reload(firstReview).isDone()).isTrue();
		awaitText(c.consultant().id(), "文件审核未通过，需要整改");

		publish(step(c, DOC_RECTIFICATION, DOC_REVIEW, "rectify", null, true, null));

		// Document review a second time: a new to-do, not the old one found again.
		Notification secondReview = awaitToDo(c.reviewer().id(), reviewerLink);
		assertThat(secondReview.getId()).isNotEqualTo(firstReview.getId());
		assertThat(secondReview.getText()).contains("文审整改文件已上传，请重新进行文件审核");
		assertThat(reload(rectify).isDone()).isTrue();
	}

	@Test
	void onSiteReviewTerminationAndConfirmationEachGoToThePartyWhoseActionIsAwaited() {
		Case c = newCase();
		long id = c.applicationId();
		long org = c.reviewOrgAccounts().get(0).id();
		String reviewerLink = "/reviewer/applications/" + id;
		String orgLink = "/review-org/applications/" + id;

		publish(step(c, DOC_REVIEW, ONSITE_REVIEW, "doc-pass", null, true, null));
		Notification arrange = awaitToDo(c.reviewer().id(), reviewerLink);
		assertThat(arrange.getText()).contains("请与企业沟通并安排现场审核");
		awaitText(c.enterprise().accountId(), "文件审核已通过，进入现场审核");

		publish(step(c, ONSITE_REVIEW, ONSITE_REVIEW, "schedule-onsite", null, true, null));
		Notification record = awaitNotification(c.reviewer().id(), n -> n.getText().contains("请在现场审核后录入审核结果"));
		assertThat(reload(arrange).isDone()).isTrue();

		publish(step(c, ONSITE_REVIEW, ONSITE_RECTIFICATION, "onsite-fail", "安全管理制度未落实", true, null));
		Notification rectify = awaitNotification(c.enterprise().accountId(),
				n -> n.isPending() && n.getText().contains("现场审核未通过"));
		assertThat(rectify.getText()).endsWith("审核意见：安全管理制度未落实");
		assertThat(reload(record).isDone()).isTrue();

		publish(step(c, ONSITE_RECTIFICATION, ONSITE_REVIEW, "rectify", null, true, null));
		awaitNotification(c.reviewer().id(), n -> n.isPending() && n.getText().contains("现场审核整改文件已上传"));

		publish(step(c, ONSITE_REVIEW, TERMINATION_PROPOSED, "propose-termination", "企业不具备服务能力", true, null));
		Notification terminate = awaitToDo(org, orgLink);
		assertThat(terminate.getText()).contains("评审员提出终止").endsWith("终止理由：企业不具备服务能力");
		assertThat(of(c.reviewer().id(), id)).noneMatch(Notification::isPending);

		publish(step(c, TERMINATION_PROPOSED, ONSITE_REVIEW, "decline-termination", null, true, null));
		awaitNotification(c.reviewer().id(), n -> n.isPending() && n.getText().contains("请继续进行现场审核"));
		assertThat(reload(terminate).isDone()).isTrue();

		publish(step(c, ONSITE_REVIEW, ORG_CONFIRMATION, "onsite-pass", null, true, null));
		Notification confirm = awaitNotification(org, n -> n.isPending() && n.getText().contains("请进行评审机构确认"));
		assertThat(confirm.getLink()).isEqualTo(orgLink);
		assertThat(of(c.reviewer().id(), id)).noneMatch(Notification::isPending);

		List<AccountView> experts = List.of(account(Role.EXPERT, null), account(Role.EXPERT, null));
		publish(step(c, ORG_CONFIRMATION, FINAL_REVIEW, "org-confirm", null, true, null));
		for (AccountView expert : experts) {
			Notification finalReview = awaitToDo(expert.id(), "/expert/applications/" + id);
			assertThat(finalReview.getText()).isEqualTo(c.enterprise().name() + "的金融行业三级资质申请已经评审机构确认，请进行专家终审。");
		}
		assertThat(reload(confirm).isDone()).isTrue();

		publish(step(c, FINAL_REVIEW, CERTIFIED, "approve", null, true, null));
		awaitText(c.consultant().id(), "已通过专家终审，获得资质证书");
		awaitHandled(id);
		// the enterprise hears of its certificate once, from the certificate module (with the number)
		assertThat(of(c.enterprise().accountId(), id)).noneMatch(n -> n.getText().contains("已通过专家终审"));
		for (AccountView expert : experts) {
			assertThat(of(expert.id(), id)).allMatch(Notification::isDone);
		}
	}

	@ParameterizedTest
	@CsvSource({ "SUBMITTED, CANCELLED, cancel, 已取消", "ACCEPTED, EXPIRED, expire, 申请数据已被系统清除",
			"TERMINATION_PROPOSED, TERMINATED, confirm-termination, 已被评审机构终止",
			"FINAL_REVIEW, REJECTED, reject, 未通过专家终审" })
	void endedApplicationTellsTheEnterpriseAndClosesEveryOpenToDo(ApplicationStatus before, ApplicationStatus end,
			String action, String text) {
		Case c = newCase();
		List<AccountView> experts = List.of(account(Role.EXPERT, null));
		publish(step(c, null, before, "step", null, true, Instant.parse("2026-12-02T10:00:00Z")));
		awaitNotification(c.enterprise().accountId(), n -> ("application:" + c.applicationId()).equals(n.getTopic()));
		long openBefore = openToDos(c, experts);
		assertThat(openBefore).isPositive();

		publish(step(c, before, end, action, "理由说明", true, null));

		Notification notice = awaitText(c.enterprise().accountId(), text);
		assertThat(notice.isActionRequired()).isFalse();
		assertThat(openToDos(c, experts)).isZero();
	}

	@Test
	void aBatchOfTheDeadlineSweepTellsEachEnterpriseAndClosesEachOpenToDo() {
		Case first = newCase();
		Case second = newCase();
		for (Case c : List.of(first, second)) {
			publish(step(c, SUBMITTED, ACCEPTED, "accept", null, false, Instant.parse("2026-12-02T10:00:00Z")));
			awaitToDo(c.enterprise().accountId(), "/enterprise/progress/" + c.applicationId() + "/materials");
		}

		publish(new ApplicationsExpired(List.of(step(first, ACCEPTED, EXPIRED, "expire"),
				step(second, ACCEPTED, EXPIRED, "expire"))));

		for (Case c : List.of(first, second)) {
			assertThat(awaitText(c.enterprise().accountId(), "申请数据已被系统清除").isActionRequired()).isFalse();
			assertThat(of(c.enterprise().accountId(), c.applicationId()))
				.filteredOn(Notification::isActionRequired)
				.allMatch(Notification::isDone);
		}
	}

	@Test
	void aBatchOfTheDeadlineSweepDeliveredAgainAddsNothing() {
		Case first = newCase();
		Case second = newCase();
		ApplicationsExpired batch = new ApplicationsExpired(List.of(step(first, ACCEPTED, EXPIRED, "expire"),
				step(second, ACCEPTED, EXPIRED, "expire")));
		publish(batch);
		awaitText(second.enterprise().accountId(), "申请数据已被系统清除");

		publish(batch);
		awaitHandled(first.applicationId());

		for (Case c : List.of(first, second)) {
			assertThat(of(c.enterprise().accountId(), c.applicationId())).extracting(Notification::getText)
				.containsExactly("金融行业三级资质申请受理后 7 天内未提交申请材料，申请数据已被系统清除。如需再次申请此行业，可重新提交申请。");
			assertThat(of(c.consultant().id(), c.applicationId())).hasSize(1);
		}
	}

	@Test
	void aBatchNamingOneCaseTwiceHandlesItsStepsOneAfterTheOther() {
		Case c = newCase();
		ApplicationStateChanged accepted = step(c, SUBMITTED, ACCEPTED, "accept", null, false,
				Instant.parse("2026-12-02T10:00:00Z"));
		ApplicationStateChanged expired = step(c, ACCEPTED, EXPIRED, "expire");

		publish(new ApplicationsExpired(List.of(accepted, expired)));

		awaitText(c.enterprise().accountId(), "申请数据已被系统清除");
		awaitHandled(c.applicationId());
		assertThat(of(c.enterprise().accountId(), c.applicationId()))
			.extracting(Notification::getLink, Notification::isActionRequired, Notification::isDone)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("/enterprise/progress/" + c.applicationId() + "/materials",
							true, true),
					org.assertj.core.groups.Tuple.tuple("/enterprise/progress/" + c.applicationId(), false, false));
	}

	@Test
	void redeliveredEventCreatesOneToDoThatStaysOpen() {
		Case c = newCase();
		ApplicationStateChanged accepted = step(c, SUBMITTED, ACCEPTED, "accept", null, false,
				Instant.parse("2026-12-02T10:00:00Z"));
		publish(accepted);
		awaitToDo(c.enterprise().accountId(), "/enterprise/progress/" + c.applicationId() + "/materials");

		publish(accepted);
		awaitHandled(c.applicationId());

		assertThat(of(c.enterprise().accountId(), c.applicationId())).singleElement()
			.satisfies(n -> assertThat(n.isPending()).isTrue());
		assertThat(of(c.consultant().id(), c.applicationId())).hasSize(1);
	}

	@Test
	void lateEventOfAnEarlierStepDoesNotAskForAnActionThatHasAlreadyHappened() {
		Case c = newCase();
		ApplicationStateChanged submitted = step(c, null, SUBMITTED, "submit");
		ApplicationStateChanged accepted = step(c, SUBMITTED, ACCEPTED, "accept", null, false,
				Instant.parse("2026-12-02T10:00:00Z"));
		publish(accepted);
		Notification upload = awaitToDo(c.enterprise().accountId(),
				"/enterprise/progress/" + c.applicationId() + "/materials");

		publish(submitted);
		awaitHandled(c.applicationId());

		assertThat(of(c.enterprise().accountId(), c.applicationId()))
			.anyMatch(n -> n.getText().contains("已提交至评审机构"));
		assertThat(of(c.reviewOrgAccounts().get(0).id(), c.applicationId())).isEmpty();
		assertThat(reload(upload).isPending()).isTrue();
	}

	private long openToDos(Case c, List<AccountView> experts) {
		long open = of(c.enterprise().accountId(), c.applicationId()).stream().filter(Notification::isPending).count();
		open += of(c.reviewer().id(), c.applicationId()).stream().filter(Notification::isPending).count();
		for (AccountView a : c.reviewOrgAccounts()) {
			open += of(a.id(), c.applicationId()).stream().filter(Notification::isPending).count();
		}
		for (AccountView a : experts) {
			open += of(a.id(), c.applicationId()).stream().filter(Notification::isPending).count();
		}
		return open;
	}
}
