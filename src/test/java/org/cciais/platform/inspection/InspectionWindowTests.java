package org.cciais.platform.inspection;

import java.time.LocalDate;
import java.util.Locale;

import org.cciais.platform.shared.LocalText;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Manual section 4: the window opens on the 1st of the issue month of the following year and stays open 2 months. */
class InspectionWindowTests {

	@ParameterizedTest(name = "issued {0}, inspection {1}: {2} … {3}")
	@CsvSource({
			// the manual's examples (its second-inspection closing year "2017" is a typo for 2018)
			"2016-07-20, 1, 2017-07-01, 2017-08-31", "2016-07-20, 2, 2018-07-01, 2018-08-31",
			"2016-08-09, 1, 2017-08-01, 2017-09-30", "2016-08-09, 2, 2018-08-01, 2018-09-30",
			// a December issue closes in January of the year after
			"2016-12-15, 1, 2017-12-01, 2018-01-31", "2016-12-15, 2, 2018-12-01, 2019-01-31",
			// month ends and leap years
			"2019-02-28, 1, 2020-02-01, 2020-03-31", "2020-02-29, 1, 2021-02-01, 2021-03-31",
			"2020-02-29, 2, 2022-02-01, 2022-03-31", "2019-01-31, 1, 2020-01-01, 2020-02-29",
			"2018-01-31, 1, 2019-01-01, 2019-02-28", "2016-11-30, 1, 2017-11-01, 2017-12-31",
			"2016-07-01, 1, 2017-07-01, 2017-08-31", "2016-07-31, 1, 2017-07-01, 2017-08-31" })
	void opensOnTheFirstOfTheIssueMonthAndClosesTwoMonthsLater(LocalDate issued, int year, LocalDate opens,
			LocalDate closes) {
		InspectionWindow window = InspectionWindow.forCertificateIssuedOn(issued, year);
		assertThat(window.opensOn()).isEqualTo(opens);
		assertThat(window.closesOn()).isEqualTo(closes);
	}

	@Test
	void theFirstAndTheLastDayAreInsideTheWindow() {
		InspectionWindow window = InspectionWindow.forCertificateIssuedOn(LocalDate.of(2016, 7, 20), 1);
		assertThat(window.contains(LocalDate.of(2017, 6, 30))).isFalse();
		assertThat(window.contains(LocalDate.of(2017, 7, 1))).isTrue();
		assertThat(window.contains(LocalDate.of(2017, 8, 31))).isTrue();
		assertThat(window.contains(LocalDate.of(2017, 9, 1))).isFalse();
		assertThat(window.hasClosedBy(LocalDate.of(2017, 8, 31))).isFalse();
		assertThat(window.hasClosedBy(LocalDate.of(2017, 9, 1))).isTrue();
	}

	@Test
	void theWindowAndTheRecordsNamingItReadInEitherLanguage() {
		InspectionWindow window = InspectionWindow.forCertificateIssuedOn(LocalDate.of(2016, 7, 20), 1);
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("i18n/inspection");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);

		assertThat(bundles.getMessage(window.words().words(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("2017-07-01 至 2017-08-31");
		assertThat(bundles.getMessage(window.words().words(), Locale.ENGLISH)).isEqualTo("2017-07-01 to 2017-08-31");
		LocalText schedule = LocalText.of("inspection.record.schedule", window.words().words());
		assertThat(bundles.getMessage(schedule.words(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("年检时间 2017-07-01 至 2017-08-31");
		assertThat(bundles.getMessage(schedule.words(), Locale.ENGLISH))
			.isEqualTo("Inspection window 2017-07-01 to 2017-08-31");
	}

	@Test
	void thereIsNoInspectionInTheThirdYear() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> InspectionWindow.forCertificateIssuedOn(LocalDate.of(2016, 7, 20), 3));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> InspectionWindow.forCertificateIssuedOn(LocalDate.of(2016, 7, 20), 0));
	}
}
