package org.cciais.platform.enterprise.web;

/**
 * The login fields of both registration forms (figure 2): 用户名, 密码 and 确认密码. The profile page's
 * {@link ContactsForm} inherits them only because the enterprise registration form extends it: its binder allows
 * the contacts alone, so they stay empty there.
 */
public abstract class AccountForm {

	private String username;
	private String password;
	private String confirmPassword;

	/** Passwords are never sent back to the browser. */
	void forgetPasswords() {
		password = null;
		confirmPassword = null;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}
}
