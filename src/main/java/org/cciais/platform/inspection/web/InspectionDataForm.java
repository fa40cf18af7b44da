package org.cciais.platform.inspection.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.inspection.CopyChanges;
import org.cciais.platform.shared.InvalidInputException;

/**
 * The editable 副本 fields of the inspection form (figure 22), as typed. Only these fields bind, so nothing else of
 * the inspection can be set through the form.
 */
public record InspectionDataForm(String enterpriseName, String registeredAddress, String creditCode,
		String foundedOn, String legalRepresentative, String registeredCapital, String unitType) {

	static InspectionDataForm of(CopyData data) {
		return new InspectionDataForm(data.enterpriseName(), data.registeredAddress(), data.creditCode(),
				data.foundedOn() == null ? "" : data.foundedOn().toString(), data.legalRepresentative(),
				data.registeredCapital() == null ? "" : data.registeredCapital().toPlainString(), data.unitType());
	}

	/** The typed values as changes; a date or number that cannot be read is refused beside its field. */
	CopyChanges toChanges() {
		var errors = new InvalidInputException.Collector();
		LocalDate founded = null;
		try {
			founded = LocalDate.parse(foundedOn == null ? "" : foundedOn.trim());
		}
		catch (DateTimeParseException ex) {
			errors.reject("foundedOn", "inspection.foundedOn.format");
		}
		BigDecimal capital = null;
		try {
			capital = new BigDecimal(registeredCapital == null ? "" : registeredCapital.trim());
		}
		catch (NumberFormatException ex) {
			errors.reject("registeredCapital", "inspection.registeredCapital.invalid");
		}
		errors.throwIfAny();
		return new CopyChanges(enterpriseName == null ? "" : enterpriseName,
				registeredAddress == null ? "" : registeredAddress, creditCode == null ? "" : creditCode, founded,
				legalRepresentative == null ? "" : legalRepresentative, capital, unitType == null ? "" : unitType);
	}
}
