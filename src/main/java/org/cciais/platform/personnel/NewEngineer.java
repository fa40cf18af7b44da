package org.cciais.platform.personnel;

/** The association registers an engineer who passed the course: one row of the form or of the CSV import. */
public record NewEngineer(String idNumber, String name, String certificateNumber, String recommendingCreditCode,
		Boolean hasCapabilityCertificate) {
}
