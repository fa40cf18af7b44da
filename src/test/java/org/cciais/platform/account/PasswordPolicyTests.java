package org.cciais.platform.account;

import org.cciais.platform.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NIST SP 800-63B: none of the 100,000 most common passwords, whatever their case, and not the user name. */
class PasswordPolicyTests {

	private static void assertRefusedAsCommon(String password) {
		assertThatThrownBy(() -> PasswordPolicy.check("password", password, "someone"))
			.as(password)
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> org.assertj.core.api.Assertions.assertThat(ex.messageKey())
						.isEqualTo("account.password.common"));
	}

	@Test
	void refusesPasswordsFromTheTopAndFromDeepInTheList() {
		assertRefusedAsCommon("password"); // rank 2
		assertRefusedAsCommon("12345678"); // rank 3
		assertRefusedAsCommon("humility"); // rank 85,004
		assertRefusedAsCommon("03062002"); // rank 90,000
		assertRefusedAsCommon("HuMiLiTy");
	}

	@Test
	void refusesTheUserName() {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "Zhang.San-2026", "zhang.san-2026"))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void acceptsAStrongPasswordAndAnUncommonOne() {
		assertThatCode(() -> PasswordPolicy.check("password", "Correct-Horse-42", "someone")).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("password", "长城烽火台-守望1987", "someone"))
			.doesNotThrowAnyException();
	}
}
