package org.cciais.platform.account;

/**
 * Figure 2's 个人用户注册 (also the JSON of {@code POST /api/v1/registrations/person}). The password confirmation
 * is checked by the page, not here.
 */
public record PersonRegistrationForm(String username, String password, String name, String idNumber, String email,
		String phone) {
}
