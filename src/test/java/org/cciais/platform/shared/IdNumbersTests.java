package org.cciais.platform.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 18-digit 居民身份证号 (GB 11643-1999): birth date and ISO 7064 MOD 11-2 check digit, X for ten. */
class IdNumbersTests {

	@Test
	void acceptsTheStandardsExampleAndComputesItsCheckDigit() {
		// The worked example of GB 11643-1999.
		assertThat(IdNumbers.checkDigit("11010519491231002")).isEqualTo('X');
		assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
		assertThat(IdNumbers.isValid("11010519491231002x")).as("lower-case x").isTrue();
		assertThat(IdNumbers.checkDigit("44030119800101001")).isEqualTo(
				"10X98765432".charAt((4 * 7 + 4 * 9 + 0 * 10 + 3 * 5 + 0 * 8 + 1 * 4 + 1 * 2 + 9 + 8 * 6 + 0 * 3 + 0 * 7
						+ 1 * 9 + 0 * 10 + 1 * 5 + 0 * 8 + 0 * 4 + 1 * 2) % 11));
	}

	@Test
	void refusesAWrongCheckDigit() {
		assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
		assertThat(IdNumbers.isValid("110105194912310020")).isFalse();
	}

	@Test
	void refusesAnImpossibleBirthDate() {
		String feb30 = "11010519900230123";
		assertThat(IdNumbers.isValid(feb30 + IdNumbers.checkDigit(feb30))).isFalse();
		String month13 = "11010519901301123";
		assertThat(IdNumbers.isValid(month13 + IdNumbers.checkDigit(month13))).isFalse();
		String leapDay = "11010520000229123";
		assertThat(IdNumbers.isValid(leapDay + IdNumbers.checkDigit(leapDay))).isTrue();
		String noLeapDay = "11010519000229123";
		assertThat(IdNumbers.isValid(noLeapDay + IdNumbers.checkDigit(noLeapDay))).isFalse();
	}

	@Test
	void refusesWrongShapes() {
		assertThat(IdNumbers.isValid(null)).isFalse();
		assertThat(IdNumbers.isValid("11010519491231002")).isFalse();
		assertThat(IdNumbers.isValid("1101051949123100X2")).isFalse();
		assertThat(IdNumbers.isValid("11010519491231002X ")).isFalse();
	}

	@Test
	void masksAllButTheFirstSixAndLastFour() {
		assertThat(IdNumbers.mask("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(IdNumbers.normalize(" 11010519491231002x ")).isEqualTo("11010519491231002X");
	}

	@Test
	void tellsASearchTextShapedLikeAnIdNumberValidOrNot() {
		assertThat(IdNumbers.looksLikeOne(" 11010519491231002x ")).isTrue();
		assertThat(IdNumbers.looksLikeOne("110105194912310029")).isTrue();
		assertThat(IdNumbers.looksLikeOne("110105491231002")).isTrue();
		assertThat(IdNumbers.looksLikeOne("1101054912310")).isFalse();
		assertThat(IdNumbers.looksLikeOne("张三")).isFalse();
		assertThat(IdNumbers.looksLikeOne("GCS-2026-000123")).isFalse();
		assertThat(IdNumbers.looksLikeOne(null)).isFalse();
	}
}
