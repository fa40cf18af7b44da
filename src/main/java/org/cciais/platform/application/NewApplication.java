package org.cciais.platform.application;

import org.cciais.platform.shared.Industry;

/** 填写资质申请: the enterprise picks industry, review org and consulting org; everything else comes from its data. */
public record NewApplication(Industry industry, Long reviewOrgId, Long consultingOrgId) {
}
