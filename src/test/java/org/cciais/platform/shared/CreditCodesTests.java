package org.cciais.platform.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 统一社会信用代码, GB 32100-2015: 18 characters from a 31-letter alphabet, the last one a check character. */
class CreditCodesTests {

	@Test
	void acceptsRealCodesWithTheirPublishedCheckCharacter() {
		// Codes printed on real business licences (public registration data), including letter check characters.
		assertThat(CreditCodes.isValid("914403001922038216")).isTrue();
		assertThat(CreditCodes.isValid("9144030071526726XG")).isTrue();
		assertThat(CreditCodes.isValid("91110000802100433B")).isTrue();
		assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
		assertThat(CreditCodes.withCheckCharacter("9144030071526726X")).isEqualTo("9144030071526726XG");
		assertThat(CreditCodes.isValid(CreditCodes.withCheckCharacter("91110108MA01CC1A5"))).isTrue();
	}

	@Test
	void refusesAWrongCheckCharacter() {
		String valid = CreditCodes.withCheckCharacter("91110108MA01CC1A5");
		for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
			if (c != valid.charAt(17)) {
				assertThat(CreditCodes.isValid(valid.substring(0, 17) + c)).as("check character %s", c).isFalse();
			}
		}
	}

	@Test
	void refusesWrongLengthsLettersOutsideTheAlphabetAndNothing() {
		assertThat(CreditCodes.isValid(null)).isFalse();
		assertThat(CreditCodes.isValid("")).isFalse();
		assertThat(CreditCodes.isValid("91350100M000100Y4")).isFalse();
		assertThat(CreditCodes.isValid("91350100M000100Y433")).isFalse();
		// I, O, S, V and Z are not used in credit codes (they look like digits).
		assertThat(CreditCodes.isValid("91350100I000100Y43")).isFalse();
		assertThat(CreditCodes.isValid("91350100m000100y43")).as("lower case is normalised by the caller").isFalse();
	}
}
