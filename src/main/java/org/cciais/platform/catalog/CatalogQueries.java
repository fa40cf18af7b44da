package org.cciais.platform.catalog;

import java.util.List;
import java.util.Optional;

import org.cciais.platform.catalog.internal.MaterialRevisions;
import org.cciais.platform.shared.Industry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read access to the reference data, seeded by the migrations and edited by the ADMIN through
 * {@link DictionaryManagement}.
 * The material catalogue is read by revision: an application keeps the revision it was created with
 * ({@link #currentMaterialRevision()} at creation), so a later change of the catalogue never alters a case under way.
 */
@Service
public class CatalogQueries {

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
	private final MaterialRevisions revisions;

	CatalogQueries(JdbcClient jdbc, MaterialRevisions revisions) {
		this.jdbc = jdbc;
		this.revisions = revisions;
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

	/** The names of these region codes that exist, by code (one query; a list's applicants). */
	public java.util.Map<String, String> regionNames(java.util.Collection<String> codes) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		if (!codes.isEmpty()) {
			jdbc.sql("select code, name from regions where code in (:codes)")
				.param("codes", codes)
				.query(rs -> {
					names.put(rs.getString(1), rs.getString(2));
				});
		}
		return names;
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

	/** The revision of the material catalogue a new application gets (and keeps). */
	public int currentMaterialRevision() {
		return revisions.current();
	}

	/** The items offered to a new application now, (一)… in order. */
	public List<MaterialItem> materials() {
		return revisions.items(revisions.current());
	}

	/** The items of the catalogue revision an application was created with, retired ones included. */
	public List<MaterialItem> materials(int revision) {
		return revisions.items(revision);
	}

	public Optional<MaterialItem> material(int revision, String code) {
		return materials(revision).stream().filter(m -> m.code().equals(code)).findFirst();
	}

	public Optional<MaterialItem> material(String code) {
		return materials().stream().filter(m -> m.code().equals(code)).findFirst();
	}

	/** 单位性质 offered by the registration and change forms, in order (retired ones are not). */
	public List<String> unitTypes() {
		return jdbc.sql("select name from unit_types where retired = false order by sort_order, name")
			.query(String.class)
			.list();
	}

	public boolean offersUnitType(String name) {
		return name != null && unitTypes().contains(name.trim());
	}
}
