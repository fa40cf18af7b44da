package org.cciais.platform.account;

/** A 个人用户 as other modules see it: the 身份证号 only masked (PIPL). */
public record PersonView(long accountId, String username, String name, String idNumberMasked, String email,
		String phone) {
}
