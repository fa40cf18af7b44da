package org.cciais.platform.application.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.Role;
import org.springframework.stereotype.Component;

/** Formatting for the application templates ({@code ${@appFormat.dateTime(x)}}), in Beijing time. */
@Component("appFormat")
public class ApplicationFormat {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(PlatformClock.ZONE);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final Clock clock;

	ApplicationFormat(Clock clock) {
		this.clock = clock;
	}

	public String dateTime(Instant at) {
		return at == null ? "—" : DATE_TIME.format(at);
	}

	public String date(LocalDate date) {
		return date == null ? "—" : DATE.format(date);
	}

	/** 剩余 6 天 23 小时 / 已超期. */
	public String remaining(Instant due) {
		if (due == null) {
			return "";
		}
		Duration left = Duration.between(clock.instant(), due);
		if (left.isNegative() || left.isZero()) {
			return "已超过期限";
		}
		long days = left.toDays();
		long hours = left.minusDays(days).toHours();
		long minutes = left.minusDays(days).minusHours(hours).toMinutes();
		return days > 0 ? "剩余 " + days + " 天 " + hours + " 小时" : "剩余 " + hours + " 小时 " + minutes + " 分钟";
	}

	public boolean urgent(Instant due) {
		return due != null && Duration.between(clock.instant(), due).compareTo(Duration.ofDays(2)) < 0;
	}

	public String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format("%.1f KB", bytes / 1024.0);
		}
		return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
	}

	public String role(Role role) {
		if (role == null) {
			return "系统";
		}
		return switch (role) {
			case ENTERPRISE -> "企业用户";
			case PERSON -> "个人用户";
			case REVIEW_ORG -> "评审机构";
			case REVIEWER -> "评审员";
			case CONSULTANT -> "咨询机构";
			case EXPERT -> "专家委员会";
			case ADMIN -> "协会管理员";
		};
	}

	/** The button text of a workflow action code. */
	public String action(String code) {
		return WorkflowAction.byCode(code).map(WorkflowAction::label).orElse(code);
	}

	public String status(ApplicationStatus status) {
		return status == null ? "—" : status.label();
	}

	/** Bootstrap badge colour of a state. */
	public String badge(ApplicationStatus status) {
		if (status == null) {
			return "text-bg-secondary";
		}
		return switch (status) {
			case CERTIFIED -> "text-bg-success";
			case REJECTED, TERMINATED, EXPIRED, CANCELLED -> "text-bg-secondary";
			case RETURNED, DOC_RECTIFICATION, ONSITE_RECTIFICATION, TERMINATION_PROPOSED -> "text-bg-warning";
			case ACCEPTED -> "text-bg-info";
			default -> "text-bg-primary";
		};
	}

	/** Whose turn it is (the current stage as the manual describes it). */
	public String waitingFor(ApplicationStatus status) {
		return switch (status) {
			case SUBMITTED -> "等待评审机构受理";
			case RETURNED -> "评审机构已退回，等待企业修改申请信息或取消申请";
			case ACCEPTED -> "评审机构已受理，等待企业上传并提交申请材料";
			case DOC_REVIEW -> "评审员文件审核中";
			case DOC_RECTIFICATION -> "文件审核未通过，等待企业上传文审整改文件（RAR）";
			case ONSITE_REVIEW -> "现场审核中（评审员与企业沟通安排现场审核时间）";
			case ONSITE_RECTIFICATION -> "现场审核未通过，等待企业上传现场整改文件（RAR）";
			case TERMINATION_PROPOSED -> "评审员已提出终止，等待评审机构复核";
			case ORG_CONFIRMATION -> "评审机构对申请材料和评审意见进行确认";
			case FINAL_REVIEW -> "工业和信息化部专家委员会专家终审中";
			case CERTIFIED -> "终审通过，可在“证书查询”中查看电子证书";
			case REJECTED -> "专家终审未通过，本次申请结束，可重新申请";
			case CANCELLED -> "企业已取消申请，可重新申请此行业";
			case EXPIRED -> "受理后 7 天内未提交申请材料，系统已清除申请数据，可重新申请";
			case TERMINATED -> "评审机构已终止本次申请，可重新提交此行业的申请";
		};
	}
}
