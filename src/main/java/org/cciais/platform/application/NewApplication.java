package org.cciais.platform.application;

import org.cciais.platform.shared.Industry;

/**
 * 填写资质申请: the enterprise picks industry, review org and consulting org, and what it asks for ({@code kind}; null
 * means an initial application when nothing valid is held, else an upgrade); everything else comes from its data.
 */
public record NewApplication(Industry industry, Long reviewOrgId, Long consultingOrgId, ApplicationKind kind) {

	public NewApplication(Industry industry, Long reviewOrgId, Long consultingOrgId) {
		this(industry, reviewOrgId, consultingOrgId, null);
	}
}
