package org.cciais.platform.inspection.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the inspection material catalogue, which is data (migration V50), not code. */
@Component
public class InspectionCatalog {

	private final JdbcClient jdbc;

	InspectionCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<InspectionMaterialItem> items() {
		return jdbc.sql("select code, seq, title, required, required_when_changed, file_kind "
				+ "from inspection_material_items order by seq")
			.query((rs, i) -> new InspectionMaterialItem(rs.getString(1), rs.getInt(2), rs.getString(3),
					rs.getBoolean(4), rs.getBoolean(5), rs.getString(6)))
			.list();
	}

	public Optional<InspectionMaterialItem> item(String code) {
		return items().stream().filter(i -> i.code().equals(code)).findFirst();
	}
}
