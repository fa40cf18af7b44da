package org.cciais.platform.application.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.ApplicationView;

/**
 * The steps of figure 5 (资质申请流程) for one case: each reached, current, failed (returned, rectification,
 * ended there) or still ahead. Derived from the state and the history only.
 */
record Timeline(List<Step> steps) {

	/** @param css {@code reached}, {@code current}, {@code failed} or empty */
	record Step(String label, String css) {
	}

	static Timeline of(ApplicationView app) {
		Set<String> done = app.history().stream().map(ApplicationView.HistoryView::action).collect(Collectors.toSet());
		ApplicationStatus s = app.status();
		boolean docPassed = done.contains("doc-pass");
		List<Step> steps = new ArrayList<>();
		steps.add(new Step("填写资质申请", "reached"));
		steps.add(step("评审机构受理", done.contains("accept"), s == ApplicationStatus.SUBMITTED,
				s == ApplicationStatus.RETURNED || (s == ApplicationStatus.CANCELLED && !done.contains("accept"))));
		steps.add(step("申请材料上传", done.contains("submit-materials"), s == ApplicationStatus.ACCEPTED,
				s == ApplicationStatus.EXPIRED
						|| (s == ApplicationStatus.CANCELLED && done.contains("accept"))));
		boolean terminating = s == ApplicationStatus.TERMINATION_PROPOSED || s == ApplicationStatus.TERMINATED;
		steps.add(step("文件审核", docPassed, s == ApplicationStatus.DOC_REVIEW,
				s == ApplicationStatus.DOC_RECTIFICATION || (terminating && !docPassed)));
		steps.add(step("现场审核", done.contains("onsite-pass"), s == ApplicationStatus.ONSITE_REVIEW,
				s == ApplicationStatus.ONSITE_RECTIFICATION || (terminating && docPassed)));
		steps.add(step("评审机构确认", done.contains("org-confirm"), s == ApplicationStatus.ORG_CONFIRMATION, false));
		steps.add(step("专家终审", done.contains("approve"), s == ApplicationStatus.FINAL_REVIEW,
				s == ApplicationStatus.REJECTED));
		steps.add(step("完成（颁发证书）", s == ApplicationStatus.CERTIFIED, false, false));
		return new Timeline(List.copyOf(steps));
	}

	private static Step step(String label, boolean reached, boolean current, boolean failed) {
		return new Step(label, failed ? "failed" : current ? "current" : reached ? "reached" : "");
	}
}
