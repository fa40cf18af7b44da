package org.cciais.platform.audit.web;

import java.util.Locale;

import org.cciais.platform.application.WorkflowAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The words the audit log shows for its codes. */
class AuditLabelsTests {

	private final AuditLabels labels = new AuditLabels(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/audit", "i18n/application");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		return messages;
	}

	/** The reader is Chinese, as on a page without a language chosen (the JVM's own locale plays no part). */
	@BeforeEach
	void chinese() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void anEnglishReaderReadsTheSameCodesInEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(labels.action("inspection.pass")).isEqualTo("Annual inspection passed");
		assertThat(labels.action("account.something-new")).isEqualTo("Account actions");
		assertThat(labels.object("application", "2")).isEqualTo("Qualification application #2");
		assertThat(labels.object("gadget", "3")).isEqualTo("Object #3");
		assertThat(labels.address("::1")).isEqualTo("This server");
		assertThat(labels.actionOptions()).contains(new AuditLabels.Option("account.", "Account actions (all)"));
	}

	@Test
	void actionsReadAsWords() {
		assertThat(labels.action("application.doc-fail")).isEqualTo("文件审核不通过（整改）");
		assertThat(labels.action("application.material.upload")).isEqualTo("上传申请材料");
		assertThat(labels.action("certificate.copy.update")).isEqualTo("更新证书副本信息");
		assertThat(labels.action("inspection.pass")).isEqualTo("年检通过");
		// an action added later without a label of its own still reads as its module's
		assertThat(labels.action("account.something-new")).isEqualTo("账号操作");
		assertThat(labels.action("unheard.of")).isEqualTo("其他操作");
	}

	@Test
	void actionsAddedByLaterModulesHaveLabelsOfTheirOwn() {
		assertThat(labels.action("personnel.release")).isEqualTo("原单位已无有效证书，解除工程师绑定");
		assertThat(labels.action("account.unlock")).isEqualTo("解除登录锁定");
		assertThat(labels.action("account.session.terminate")).isEqualTo("强制下线");
		assertThat(labels.action("certificate.cancel.request")).isEqualTo("申请注销证书");
		assertThat(labels.action("enterprise.change.pass")).isEqualTo("企业信息变更审核通过");
		assertThat(labels.action("inspection.material.upload")).isEqualTo("上传年检材料");
		assertThat(labels.action("mail.resend")).isEqualTo("重发邮件");
		assertThat(labels.action("reviewer.conflict.declare")).isEqualTo("申报评审员利益冲突");
		assertThat(labels.action("reviewer.something-new")).isEqualTo("评审员操作");
		assertThat(labels.action("notice.draft")).isEqualTo("保存公告草稿");
		assertThat(labels.action("notice.unpublish")).isEqualTo("撤回公告");
		assertThat(labels.action("notice.attach")).isEqualTo("上传公告附件");
		assertThat(labels.action("notice.detach")).isEqualTo("删除公告附件");
		assertThat(labels.action("statistics.export")).isEqualTo("导出统计数据");
		assertThat(labels.object("enterprise-change", "4")).isEqualTo("企业信息变更 #4");
		assertThat(labels.object("reviewer", "expert1")).isEqualTo("评审员 #expert1");
	}

	/** The workflow's transitions read as the workflow's own words ({@code application.action.<NAME>}). */
	@Test
	void workflowTransitionsReadInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(labels.action("application.doc-fail")).isEqualTo("Fail document review (rectification)");
		assertThat(labels.actionOptions()).contains(new AuditLabels.Option("application.accept", "Accept"),
				new AuditLabels.Option("application.approve", "Approve at final review (issue certificate)"));
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(labels.action("application.doc-fail")).isEqualTo("文件审核不通过（整改）");
		assertThat(labels.actionOptions()).contains(new AuditLabels.Option("application.accept", "受理"));
	}

	@Test
	void everyWorkflowTransitionHasALabel() {
		for (WorkflowAction action : WorkflowAction.values()) {
			assertThat(labels.action("application." + action.code())).doesNotContain("操作", ".");
		}
	}

	@Test
	void objectsReadAsTheirKindAndNumber() {
		assertThat(labels.object("application", "2")).isEqualTo("资质申请 #2");
		assertThat(labels.object("engineer", "17")).isEqualTo("工程师 #17");
		assertThat(labels.object("clock", "platform")).isEqualTo("平台时间");
		assertThat(labels.object("gadget", "3")).isEqualTo("对象 #3");
	}

	@Test
	void theLoopbackReadsAsThisMachineAndMappedAddressesAsIpv4() {
		assertThat(labels.address("0:0:0:0:0:0:0:1")).isEqualTo("本机");
		assertThat(labels.address("::1")).isEqualTo("本机");
		assertThat(labels.address("127.0.0.1")).isEqualTo("本机");
		assertThat(labels.address("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
		assertThat(labels.address("203.0.113.9")).isEqualTo("203.0.113.9");
		assertThat(labels.address(null)).isEqualTo("—");
		assertThat(labels.address("proxy.example")).isEqualTo("proxy.example");
	}

	@Test
	void aRecordedChangeReadsFieldByFieldInWords() {
		assertThat(labels.changes("title=公告; status=DRAFT; pinned=false; publishAt=2026-12-02T14:00:41.98Z; attachment=-",
				"title=新公告; status=PUBLISHED; pinned=false; publishAt=2026-12-02T14:00:41.98Z; attachment=a.pdf"))
			.containsExactly(new AuditLabels.Change("标题", "公告", "新公告", true),
					new AuditLabels.Change("状态", "草稿", "已发布", true),
					new AuditLabels.Change("置顶", "否", "否", false),
					new AuditLabels.Change("发布时间", "2026-12-02 22:00:41", "2026-12-02 22:00:41", false),
					new AuditLabels.Change("附件", "—", "a.pdf", true));
		// nothing before a creation; a field this page has no word for keeps its name
		assertThat(labels.changes(null, "title=公告; colour=red"))
			.containsExactly(new AuditLabels.Change("标题", "—", "公告", true), new AuditLabels.Change("colour", "—", "red", true));
		// a time saved again within the same second reads the same, so it is not marked as changed
		assertThat(labels.changes("publishAt=2026-12-02T14:00:41.98Z", "publishAt=2026-12-02T14:00:41.123456Z"))
			.containsExactly(new AuditLabels.Change("发布时间", "2026-12-02 22:00:41", "2026-12-02 22:00:41", false));
		// plain text on either side is shown as it is, not field by field
		assertThat(labels.changes("草稿", "已发布")).isEmpty();
		assertThat(labels.changes("title=公告", "已发布")).isEmpty();
		assertThat(labels.changes(null, null)).isEmpty();
	}
}
