package org.cciais.platform.inspection.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.inspection.CopyChanges;
import org.cciais.platform.inspection.InspectionView;
import org.cciais.platform.shared.CreditCodes;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.LocalText;

/**
 * The rules for 副本 data changed in an annual inspection: the same as at registration (manual 3.1.1), checked for
 * the changed fields only, so that data accepted at issuance is never refused later.
 */
public final class CopyDataRules {

	/**
	 * A 副本 field: its name in {@link CopyData} (its words: the bundle key {@code inspection.copy.<name>}), how to read
	 * it as text.
	 */
	record Field(String name, Function<CopyData, Object> value) {
	}

	static final List<Field> FIELDS = List.of(new Field("enterpriseName", CopyData::enterpriseName),
			new Field("registeredAddress", CopyData::registeredAddress), new Field("creditCode", CopyData::creditCode),
			new Field("foundedOn", CopyData::foundedOn),
			new Field("legalRepresentative", CopyData::legalRepresentative),
			new Field("registeredCapital", CopyData::registeredCapital), new Field("unitType", CopyData::unitType));

	private static final BigDecimal MAX_CAPITAL = new BigDecimal("99999999999999");

	private CopyDataRules() {
	}

	/** Trims text, upper-cases the credit code, scales the capital to the four decimals of the certificate. */
	public static CopyChanges normalize(CopyChanges c) {
		BigDecimal capital = c.registeredCapital();
		if (capital != null && capital.scale() <= 4) {
			capital = capital.setScale(4, RoundingMode.UNNECESSARY);
		}
		return new CopyChanges(trim(c.enterpriseName()), trim(c.registeredAddress()),
				c.creditCode() == null ? null : c.creditCode().trim().toUpperCase(), c.foundedOn(),
				trim(c.legalRepresentative()), capital, trim(c.unitType()));
	}

	/** Refuses every invalid changed field at once (400 naming the fields). */
	public static void validate(CopyData current, CopyData proposed, LocalDate today,
			java.util.function.Predicate<String> unitTypeOffered) {
		var errors = new InvalidInputException.Collector();
		if (differs(current.enterpriseName(), proposed.enterpriseName())) {
			requireText(errors, "enterpriseName", proposed.enterpriseName(), 2, 200);
		}
		if (differs(current.registeredAddress(), proposed.registeredAddress())) {
			requireText(errors, "registeredAddress", proposed.registeredAddress(), 2, 300);
		}
		if (differs(current.creditCode(), proposed.creditCode()) && !CreditCodes.isValid(proposed.creditCode())) {
			errors.reject("creditCode", "inspection.creditCode.invalid");
		}
		if (differs(current.foundedOn(), proposed.foundedOn()) && proposed.foundedOn().isAfter(today)) {
			errors.reject("foundedOn", "inspection.foundedOn.future");
		}
		if (differs(current.legalRepresentative(), proposed.legalRepresentative())) {
			requireText(errors, "legalRepresentative", proposed.legalRepresentative(), 2, 100);
		}
		BigDecimal capital = proposed.registeredCapital();
		if (differs(current.registeredCapital(), capital) && (capital.signum() <= 0 || capital.scale() > 4
				|| capital.compareTo(MAX_CAPITAL) > 0)) {
			errors.reject("registeredCapital", "inspection.registeredCapital.invalid");
		}
		if (differs(current.unitType(), proposed.unitType()) && !unitTypeOffered.test(proposed.unitType())) {
			errors.reject("unitType", "inspection.unitType.invalid");
		}
		errors.throwIfAny();
	}

	private static void requireText(InvalidInputException.Collector errors, String field, String value, int min,
			int max) {
		if (value == null || value.isBlank()) {
			errors.reject(field, "error.required");
		}
		else if (value.length() < min || value.length() > max) {
			errors.reject(field, "inspection.text.length", min, max);
		}
	}

	/** The fields whose value differs, old → new, in the order of the 副本. */
	public static List<InspectionView.Change> changes(CopyData before, CopyData after) {
		List<InspectionView.Change> changes = new ArrayList<>();
		for (Field f : FIELDS) {
			Object from = f.value().apply(before);
			Object to = f.value().apply(after);
			if (differs(from, to)) {
				changes.add(new InspectionView.Change(f.name(), LocalText.of("inspection.copy." + f.name()), text(from),
						text(to)));
			}
		}
		return changes;
	}

	public static boolean differ(CopyData a, CopyData b) {
		return !changes(a, b).isEmpty();
	}

	private static boolean differs(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) != 0;
		}
		return !Objects.equals(a, b);
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal d) {
			return d.setScale(Math.max(4, d.scale()), RoundingMode.UNNECESSARY).toPlainString();
		}
		return value == null ? "" : value.toString();
	}

	private static String trim(String s) {
		return s == null ? null : s.trim();
	}
}
