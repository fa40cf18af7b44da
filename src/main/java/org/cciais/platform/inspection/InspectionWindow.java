package org.cciais.platform.inspection;

import java.time.LocalDate;

import org.cciais.platform.shared.LocalText;

/**
 * The period in which an annual inspection can be submitted (manual section 4): it opens on the 1st of the
 * certificate's issue month in the year after issue (second inspection: two years after) and stays open two
 * months, i.e. until the last day of the following month, both days inclusive. A certificate issued on 2016-07-20
 * is inspected 2017-07-01 … 2017-08-31 and 2018-07-01 … 2018-08-31.
 *
 * @param opensOn first day on which a submission is accepted (Asia/Shanghai date)
 * @param closesOn last day on which a submission is accepted (Asia/Shanghai date)
 */
public record InspectionWindow(LocalDate opensOn, LocalDate closesOn) {

	/** A certificate is valid three years and is inspected in years 1 and 2; year 3 ends with expiry. */
	public static final int INSPECTIONS_PER_CERTIFICATE = 2;

	static final int OPEN_MONTHS = 2;

	public InspectionWindow {
		if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
			throw new IllegalArgumentException("window must open before it closes");
		}
	}

	/**
	 * The window of the {@code year}-th inspection (1 or 2) of a certificate issued on {@code issuedOn}.
	 *
	 * @throws IllegalArgumentException for any other year: the third year has no inspection
	 */
	public static InspectionWindow forCertificateIssuedOn(LocalDate issuedOn, int year) {
		if (year < 1 || year > INSPECTIONS_PER_CERTIFICATE) {
			throw new IllegalArgumentException("a certificate is inspected in years 1 and 2 only, not " + year);
		}
		LocalDate opens = issuedOn.withDayOfMonth(1).plusYears(year);
		return new InspectionWindow(opens, opens.plusMonths(OPEN_MONTHS).minusDays(1));
	}

	/** Whether a submission on {@code day} is in time: both the first and the last day count. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	public boolean hasClosedBy(LocalDate day) {
		return day.isAfter(closesOn);
	}

	/** "2017-07-01 至 2017-08-31" / "2017-07-01 to 2017-08-31", in the reader's language. */
	public LocalText words() {
		return LocalText.of("inspection.window.range", opensOn.toString(), closesOn.toString());
	}
}
