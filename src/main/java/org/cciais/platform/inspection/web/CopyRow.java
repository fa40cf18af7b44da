package org.cciais.platform.inspection.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.inspection.InspectionDetails;
import org.cciais.platform.inspection.InspectionView;

/**
 * One 副本 line of the review page: the message key of its name, the submitted value and, when the enterprise changed
 * it, the old one.
 */
public record CopyRow(String labelKey, String value, String previous) {

	public boolean changed() {
		return previous != null;
	}

	private record Field(String name, String labelKey, Function<CopyData, Object> value) {
	}

	private static final List<Field> FIELDS = List.of(new Field("enterpriseName", "inspection.copy.enterpriseName", CopyData::enterpriseName),
			new Field("registeredAddress", "inspection.copy.registeredAddress", CopyData::registeredAddress),
			new Field("creditCode", "inspection.copy.creditCode", CopyData::creditCode),
			new Field("foundedOn", "inspection.copy.foundedOn", CopyData::foundedOn),
			new Field("legalRepresentative", "inspection.copy.legalRepresentative", CopyData::legalRepresentative),
			new Field("registeredCapital", "inspection.copy.registeredCapitalInTenThousands", d -> d.registeredCapital() == null ? null
					: d.registeredCapital().toPlainString()),
			new Field("unitType", "inspection.copy.unitType", CopyData::unitType));

	static List<CopyRow> of(InspectionDetails details) {
		Map<String, InspectionView.Change> changes = details.inspection()
			.changes()
			.stream()
			.collect(Collectors.toMap(InspectionView.Change::field, c -> c));
		CopyData shown = details.formData();
		return FIELDS.stream().map(f -> {
			InspectionView.Change change = changes.get(f.name());
			Object value = f.value().apply(shown);
			return new CopyRow(f.labelKey(), value == null ? "" : value.toString(), change == null ? null : change.from());
		}).toList();
	}
}
