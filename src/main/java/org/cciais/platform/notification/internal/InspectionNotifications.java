package org.cciais.platform.notification.internal;

import java.util.List;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.inspection.InspectionReminder;
import org.cciais.platform.inspection.InspectionStateChanged;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Annual inspection to-dos and e-mails: the enterprise when a window opens, before it closes, when a review failed
 * or passed and when the certificate lapsed; the review organisation when an inspection awaits its review. To-dos
 * are closed when the awaited action happened. Keys are per inspection (and per submission round), so redelivered
 * events and re-run jobs notify once.
 */
@Component
class InspectionNotifications {

	private final NotificationCenter center;
	private final AccountManagement accounts;

	InspectionNotifications(NotificationCenter center, AccountManagement accounts) {
		this.center = center;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(InspectionStateChanged e) {
		String subject = subject(e.industry(), e.certificateNumber(), e.year());
		String key = "inspection:" + e.inspectionId();
		switch (e.action()) {
			case "open" -> center.notifyAll(enterprise(e.enterpriseId()),
					subject + "已开放，开放时间为 " + e.windowOpensOn() + " 至 " + e.windowClosesOn() + "，请在 "
							+ e.windowClosesOn() + " 前核对证书副本信息并提交年检材料，逾期未提交证书将失效。",
					"/enterprise/inspections/" + e.inspectionId(), true, key + ":open");
			case "submit", "rectify" -> {
				completeWindowTodos(key);
				if ("rectify".equals(e.action())) {
					center.complete(key + ":rectify:" + (e.round() - 1));
				}
				center.notifyAll(accounts.findByOrganization(e.reviewOrgId(), Role.REVIEW_ORG),
						(e.enterpriseName() == null ? "企业" : e.enterpriseName()) + "提交了" + subject
								+ ("rectify".equals(e.action()) ? "的整改文件" : "材料")
								+ (e.copyChanged() ? "（含证书副本信息变更）" : "") + "，请审核。",
						"/review-org/inspections/" + e.inspectionId(), true, key + ":review:" + e.round());
			}
			case "fail" -> {
				center.complete(key + ":review:" + e.round());
				center.notifyAll(enterprise(e.enterpriseId()),
						subject + "审核未通过，请查看审核意见和审核报告并上传整改文件（RAR）。审核意见：" + e.opinion(),
						"/enterprise/inspections/" + e.inspectionId() + "/rectification", true,
						key + ":rectify:" + e.round());
			}
			case "pass" -> {
				center.complete(key + ":review:" + e.round());
				center.notifyAll(enterprise(e.enterpriseId()), subject + "已通过。" + (e.copyChanged()
						? "电子版证书已按变更后的信息修改；请将纸质版证书交还协会资质管理中心，由协会管理中心发放变更后的纸质证书。" : ""),
						"/enterprise/inspections/progress", false, key + ":passed");
			}
			case "miss" -> {
				completeWindowTodos(key);
				center.notifyAll(enterprise(e.enterpriseId()), subject + "未在规定时间（" + e.windowOpensOn() + " 至 "
						+ e.windowClosesOn() + "）内提交，该行业资质证书已失效，不能再使用；如需资质请重新申请。",
						"/enterprise/certificates", false, key + ":missed");
			}
			default -> {
				// scheduling and implicit openings need nobody's attention
			}
		}
	}

	@ApplicationModuleListener
	void on(InspectionReminder r) {
		center.notifyAll(enterprise(r.enterpriseId()),
				"提醒：" + subject(r.industry(), r.certificateNumber(), r.year()) + "将于 " + r.windowClosesOn()
						+ " 截止（还有 " + r.daysBefore() + " 天），请尽快提交年检材料，逾期未提交证书将失效。",
				"/enterprise/inspections/" + r.inspectionId(), true,
				"inspection:" + r.inspectionId() + ":remind:" + r.daysBefore());
	}

	private void completeWindowTodos(String key) {
		center.complete(key + ":open");
		center.complete(key + ":remind:14");
		center.complete(key + ":remind:3");
	}

	private List<AccountView> enterprise(long enterpriseId) {
		return accounts.findByEnterprise(enterpriseId);
	}

	private static String subject(Industry industry, String certificateNumber, int year) {
		return industry.label() + "行业资质证书（" + certificateNumber + "）" + (year == 1 ? "第一次" : "第二次") + "年检";
	}
}
