package org.cciais.platform.inspection.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.inspection.InspectionDetails;
import org.cciais.platform.inspection.InspectionView;

/** One 副本 line of the review page: the submitted value and, when the enterprise changed it, the old one. */
public record CopyRow(String label, String value, String previous) {

	public boolean changed() {
		return previous != null;
	}

	private record Field(String name, String label, Function<CopyData, Object> value) {
	}

	private static final List<Field> FIELDS = List.of(new Field("enterpriseName", "单位名称", CopyData::enterpriseName),
			new Field("registeredAddress", "注册地址", CopyData::registeredAddress),
			new Field("creditCode", "信用代码", CopyData::creditCode),
			new Field("foundedOn", "成立时间", CopyData::foundedOn),
			new Field("legalRepresentative", "法人代表", CopyData::legalRepresentative),
			new Field("registeredCapital", "注册资金（万元）", d -> d.registeredCapital() == null ? null
					: d.registeredCapital().toPlainString()),
			new Field("unitType", "单位类型", CopyData::unitType));

	static List<CopyRow> of(InspectionDetails details) {
		Map<String, InspectionView.Change> changes = details.inspection()
			.changes()
			.stream()
			.collect(Collectors.toMap(InspectionView.Change::field, c -> c));
		CopyData shown = details.formData();
		return FIELDS.stream().map(f -> {
			InspectionView.Change change = changes.get(f.name());
			Object value = f.value().apply(shown);
			return new CopyRow(f.label(), value == null ? "" : value.toString(), change == null ? null : change.from());
		}).toList();
	}
}
