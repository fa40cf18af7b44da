package org.cciais.platform.enterprise;

import java.util.List;

/** 单位类型 choices of the registration form. */
public final class UnitTypes {

	public static final List<String> ALL = List.of("私营企业", "国有企业", "集体企业", "有限责任公司", "股份有限公司",
			"外商投资企业", "港澳台投资企业", "事业单位", "社会团体", "其他");

	private UnitTypes() {
	}
}
