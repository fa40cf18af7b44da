package org.cciais.platform.catalog;

import java.util.List;
import java.util.Optional;

import org.cciais.platform.shared.Industry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to the reference data seeded by the migrations. */
@Service
public class Catalog {

	public record Region(String code, String name, String group) {
	}

	public record RegionGroup(String code, String name) {
	}

	public record IndustryInfo(String code, String name, String scope) {

		public Industry industry() {
			return Industry.valueOf(code);
		}
	}

	/** A numbered item (一)…(十八) of the application material catalogue. */
	public record MaterialItem(String code, int seq, String title, boolean required, String fileKind,
			boolean shared) {

		/** (一), (二), … (十八) as printed in the manual. */
		public String label() {
			return "（" + ChineseNumerals.of(seq) + "）";
		}
	}

	private final JdbcClient jdbc;

	Catalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Region> regions() {
		return jdbc.sql("select code, name, group_code from regions order by code")
			.query((rs, i) -> new Region(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public Optional<Region> region(String code) {
		return jdbc.sql("select code, name, group_code from regions where code = ?")
			.param(code)
			.query((rs, i) -> new Region(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	public List<RegionGroup> regionGroups() {
		return jdbc.sql("select code, name from region_groups order by seq")
			.query((rs, i) -> new RegionGroup(rs.getString(1), rs.getString(2)))
			.list();
	}

	public Optional<RegionGroup> regionGroup(String code) {
		return jdbc.sql("select code, name from region_groups where code = ?")
			.param(code)
			.query((rs, i) -> new RegionGroup(rs.getString(1), rs.getString(2)))
			.optional();
	}

	public List<IndustryInfo> industries() {
		return jdbc.sql("select code, name, scope from industries order by seq")
			.query((rs, i) -> new IndustryInfo(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public List<MaterialItem> materials() {
		return jdbc.sql("select code, seq, title, required, file_kind, shared from material_items order by seq")
			.query((rs, i) -> new MaterialItem(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), rs.getBoolean(6)))
			.list();
	}

	public Optional<MaterialItem> material(String code) {
		return materials().stream().filter(m -> m.code().equals(code)).findFirst();
	}
}
