package org.cciais.platform.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cciais.platform.catalog.internal.MaterialRevisions;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 字典管理: the ADMIN edits the reference data (region groups and their regions, industries' scope texts, the
 * material catalogue, unit types). Every change is audited; every editable entry carries a version, and a change
 * naming an older version than the entry's is refused (409), as is the loser of two changes at once. Catalogue items
 * are retired, never deleted; each catalogue change publishes a new revision for the applications created after it.
 */
@Service
@Transactional
public class DictionaryManagement {

	public record RegionGroupEntry(String code, String name, int order, long version, List<CatalogQueries.Region> regions) {
	}

	public record RegionEntry(String code, String name, String group, long version) {
	}

	public record IndustryEntry(String code, String name, String scope, long version) {
	}

	public record MaterialEntry(String code, int order, String title, boolean required, String fileKind,
			boolean shared, boolean retired, long version) {
	}

	public record UnitTypeEntry(long id, String name, int order, boolean retired, long version) {
	}

	/** A new region group ({@code code} is ignored on an edit) or the edit of one. */
	public record RegionGroupInput(String code, String name, Integer order, Long version) {
	}

	public record MaterialInput(String title, Boolean required, String fileKind, Boolean shared, Integer order,
			Long version) {
	}

	public record UnitTypeInput(String name, Integer order, Long version) {
	}

	static final Pattern GROUP_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

	private final JdbcClient jdbc;
	private final MaterialRevisions revisions;
	private final ApplicationEventPublisher events;

	DictionaryManagement(JdbcClient jdbc, MaterialRevisions revisions, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.revisions = revisions;
		this.events = events;
	}

	// ---- region groups and regions

	@Transactional(readOnly = true)
	public List<RegionGroupEntry> regionGroups() {
		List<RegionEntry> regions = regions();
		return jdbc.sql("select code, name, seq, version from region_groups order by seq, code")
			.query((rs, i) -> {
				String code = rs.getString(1);
				return new RegionGroupEntry(code, rs.getString(2), rs.getInt(3), rs.getLong(4), regions.stream()
					.filter(r -> r.group().equals(code))
					.map(r -> new CatalogQueries.Region(r.code(), r.name(), r.group()))
					.toList());
			})
			.list();
	}

	@Transactional(readOnly = true)
	public RegionGroupEntry regionGroup(String code) {
		return regionGroups().stream()
			.filter(g -> g.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	@Transactional(readOnly = true)
	public List<RegionEntry> regions() {
		return jdbc.sql("select code, name, group_code, version from regions order by code")
			.query((rs, i) -> new RegionEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	public RegionGroupEntry createRegionGroup(RegionGroupInput input, PlatformPrincipal admin) {
		var problems = new InvalidInputException.Collector();
		String code = trim(input.code());
		if (code == null || !GROUP_CODE.matcher(code).matches()) {
			problems.reject("code", "dictionary.regionGroup.code.invalid");
		}
		else if (exists("select count(*) from region_groups where code = ?", code)) {
			problems.reject("code", "dictionary.regionGroup.code.taken", code);
		}
		String name = checkGroupName(problems, input.name(), null);
		int order = checkOrder(problems, input.order());
		problems.throwIfAny();
		try {
			jdbc.sql("insert into region_groups (code, name, seq, version) values (?, ?, ?, 0)")
				.params(code, name, order)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("code", "dictionary.regionGroup.code.taken", code);
		}
		audit(admin, "catalog.regionGroup.create", "region-group", code, name + "（排序 " + order + "）");
		return regionGroup(code);
	}

	public RegionGroupEntry editRegionGroup(String code, RegionGroupInput input, PlatformPrincipal admin) {
		RegionGroupEntry before = regionGroup(code);
		var problems = new InvalidInputException.Collector();
		String name = checkGroupName(problems, input.name(), code);
		int order = checkOrder(problems, input.order());
		problems.throwIfAny();
		requireVersion(input.version(), before.version());
		if (name.equals(before.name()) && order == before.order()) {
			return before;
		}
		update("update region_groups set name = ?, seq = ?, version = version + 1 where code = ?", input.version(),
				name, order, code);
		audit(admin, "catalog.regionGroup.edit", "region-group", code, before.name() + "（排序 " + before.order()
				+ "） → " + name + "（排序 " + order + "）");
		return regionGroup(code);
	}

	/**
	 * Moves a region to another group. From then on only organisations authorised for the new group serve
	 * enterprises registered there; applications already submitted keep the organisations they chose.
	 */
	public RegionEntry moveRegion(String regionCode, String groupCode, Long version, PlatformPrincipal admin) {
		RegionEntry region = regions().stream()
			.filter(r -> r.code().equals(regionCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		String target = trim(groupCode);
		if (target == null || !exists("select count(*) from region_groups where code = ?", target)) {
			throw new InvalidInputException("group", "dictionary.region.group.unknown");
		}
		requireVersion(version, region.version());
		if (target.equals(region.group())) {
			return region;
		}
		update("update regions set group_code = ?, version = version + 1 where code = ?", version, target,
				regionCode);
		audit(admin, "catalog.region.move", "region", regionCode,
				region.name() + "：" + groupName(region.group()) + " → " + groupName(target));
		return regions().stream().filter(r -> r.code().equals(regionCode)).findFirst().orElseThrow();
	}

	// ---- industries

	@Transactional(readOnly = true)
	public List<IndustryEntry> industries() {
		return jdbc.sql("select code, name, scope, version from industries order by seq")
			.query((rs, i) -> new IndustryEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	@Transactional(readOnly = true)
	public IndustryEntry industry(String code) {
		return industries().stream()
			.filter(i -> i.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	/** The 服务范围 text shown where the enterprise chooses an industry to apply for. */
	public IndustryEntry editScope(String code, String scope, Long version, PlatformPrincipal admin) {
		IndustryEntry before = industry(code);
		String text = scope == null ? "" : scope.strip();
		if (text.isEmpty() || text.length() > 1000) {
			throw new InvalidInputException("scope", "dictionary.industry.scope.required");
		}
		requireVersion(version, before.version());
		if (text.equals(before.scope())) {
			return before;
		}
		update("update industries set scope = ?, version = version + 1 where code = ?", version, text, code);
		audit(admin, "catalog.industry.scope", "industry", code,
				before.name() + " | before: " + before.scope() + " | after: " + text);
		return industry(code);
	}

	// ---- the material catalogue

	/** Every item the catalogue has had, retired ones included, in order. */
	@Transactional(readOnly = true)
	public List<MaterialEntry> materials() {
		return jdbc
			.sql("select code, sort_order, title, required, file_kind, shared, retired, version"
					+ " from material_catalogue order by sort_order, code")
			.query((rs, i) -> new MaterialEntry(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getLong(8)))
			.list();
	}

	@Transactional(readOnly = true)
	public MaterialEntry material(String code) {
		return materials().stream()
			.filter(m -> m.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	/** A new item, offered to the applications created from now on; its code is the next free {@code Mnn}. */
	public MaterialEntry addMaterial(MaterialInput input, PlatformPrincipal admin) {
		MaterialEntry checked = checkMaterial(input, null);
		int next = materials().stream()
			.map(MaterialEntry::code)
			.filter(c -> c.matches("M\\d{1,6}"))
			.mapToInt(c -> Integer.parseInt(c.substring(1)))
			.max()
			.orElse(0) + 1;
		String code = String.format("M%02d", next);
		try {
			jdbc.sql("insert into material_catalogue (code, sort_order, title, required, file_kind, shared, retired,"
					+ " version) values (?, ?, ?, ?, ?, ?, false, 0)")
				.params(code, checked.order(), checked.title(), checked.required(), checked.fileKind(),
						checked.shared())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("error.concurrentChange");
		}
		int revision = publish(admin);
		audit(admin, "catalog.material.create", "material", code, describe(material(code)) + "（目录第 " + revision
				+ " 版）");
		return material(code);
	}

	public MaterialEntry editMaterial(String code, MaterialInput input, PlatformPrincipal admin) {
		MaterialEntry before = material(code);
		MaterialEntry after = checkMaterial(input, before);
		requireVersion(input.version(), before.version());
		if (describe(after).equals(describe(before)) && after.order() == before.order()) {
			return before;
		}
		update("update material_catalogue set sort_order = ?, title = ?, required = ?, file_kind = ?, shared = ?,"
				+ " version = version + 1 where code = ?", input.version(), after.order(), after.title(),
				after.required(), after.fileKind(), after.shared(), code);
		int revision = before.retired() ? revisions.current() : publish(admin);
		audit(admin, "catalog.material.edit", "material", code, "before: " + describe(before) + "（排序 "
				+ before.order() + "） | after: " + describe(after) + "（排序 " + after.order() + "）" + revisionNote(
						before.retired(), revision));
		return material(code);
	}

	/**
	 * 停用: the item is no longer offered to new applications. It is never deleted: the applications created before
	 * keep it (they show it and are checked against it), and their files stay under its code.
	 */
	public MaterialEntry retireMaterial(String code, Long version, PlatformPrincipal admin) {
		MaterialEntry before = material(code);
		requireVersion(version, before.version());
		if (before.retired()) {
			return before;
		}
		if (materials().stream().noneMatch(m -> !m.retired() && !m.code().equals(code))) {
			throw new ConflictException("dictionary.material.lastItem");
		}
		update("update material_catalogue set retired = true, version = version + 1 where code = ?", version, code);
		int revision = publish(admin);
		audit(admin, "catalog.material.retire", "material", code, describe(before) + "（目录第 " + revision + " 版起不再使用）");
		return material(code);
	}

	/** 启用: a retired item is offered again to the applications created from now on. */
	public MaterialEntry reinstateMaterial(String code, Long version, PlatformPrincipal admin) {
		MaterialEntry before = material(code);
		requireVersion(version, before.version());
		if (!before.retired()) {
			return before;
		}
		update("update material_catalogue set retired = false, version = version + 1 where code = ?", version, code);
		int revision = publish(admin);
		audit(admin, "catalog.material.reinstate", "material", code, describe(before) + "（目录第 " + revision
				+ " 版起重新使用）");
		return material(code);
	}

	private int publish(PlatformPrincipal admin) {
		try {
			return revisions.publish(materials(), admin == null ? "system" : admin.username());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("error.concurrentChange");
		}
	}

	private static String revisionNote(boolean retired, int revision) {
		return retired ? "（已停用，不影响目录）" : "（目录第 " + revision + " 版）";
	}

	private static String describe(MaterialEntry m) {
		return m.title() + "，" + (m.required() ? "必填" : "非必填") + "，" + m.fileKind() + "，"
				+ (m.shared() ? "各行业通用" : "行业专用");
	}

	private MaterialEntry checkMaterial(MaterialInput input, MaterialEntry before) {
		var problems = new InvalidInputException.Collector();
		String title = trim(input.title());
		if (title == null || title.length() > 200) {
			problems.reject("title", "dictionary.material.title.required");
		}
		if (input.required() == null) {
			problems.reject("required", "dictionary.material.required.required");
		}
		String kind = trim(input.fileKind());
		if (kind == null || !(kind.equals("PDF") || kind.equals("RAR"))) {
			problems.reject("fileKind", "dictionary.material.fileKind.invalid");
		}
		if (input.shared() == null) {
			problems.reject("shared", "dictionary.material.shared.required");
		}
		int order = checkOrder(problems, input.order());
		problems.throwIfAny();
		return new MaterialEntry(before == null ? null : before.code(), order, title, input.required(), kind,
				input.shared(), before != null && before.retired(), before == null ? 0 : before.version());
	}

	// ---- unit types

	@Transactional(readOnly = true)
	public List<UnitTypeEntry> unitTypes() {
		return jdbc.sql("select id, name, sort_order, retired, version from unit_types order by sort_order, name")
			.query((rs, i) -> new UnitTypeEntry(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
					rs.getLong(5)))
			.list();
	}

	@Transactional(readOnly = true)
	public UnitTypeEntry unitType(long id) {
		return unitTypes().stream()
			.filter(u -> u.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	public UnitTypeEntry addUnitType(UnitTypeInput input, PlatformPrincipal admin) {
		var problems = new InvalidInputException.Collector();
		String name = checkUnitTypeName(problems, input.name(), null);
		int order = checkOrder(problems, input.order());
		problems.throwIfAny();
		try {
			jdbc.sql("insert into unit_types (name, sort_order, retired, version) values (?, ?, false, 0)")
				.params(name, order)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("name", "dictionary.unitType.name.taken", name);
		}
		UnitTypeEntry created = unitTypes().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
		audit(admin, "catalog.unitType.create", "unit-type", created.id(), name + "（排序 " + order + "）");
		return created;
	}

	/**
	 * Renames or reorders a unit type. Enterprises keep the name they registered with (it is their registration
	 * data, printed on the 副本); the new name is what the forms offer from now on.
	 */
	public UnitTypeEntry editUnitType(long id, UnitTypeInput input, PlatformPrincipal admin) {
		UnitTypeEntry before = unitType(id);
		var problems = new InvalidInputException.Collector();
		String name = checkUnitTypeName(problems, input.name(), id);
		int order = checkOrder(problems, input.order());
		problems.throwIfAny();
		requireVersion(input.version(), before.version());
		if (name.equals(before.name()) && order == before.order()) {
			return before;
		}
		update("update unit_types set name = ?, sort_order = ?, version = version + 1 where id = ?", input.version(),
				name, order, id);
		audit(admin, "catalog.unitType.edit", "unit-type", id, before.name() + "（排序 " + before.order() + "） → "
				+ name + "（排序 " + order + "）");
		return unitType(id);
	}

	/** 停用 / 启用: a retired type is no longer offered; enterprises registered with it keep it. */
	public UnitTypeEntry retireUnitType(long id, boolean retired, Long version, PlatformPrincipal admin) {
		UnitTypeEntry before = unitType(id);
		requireVersion(version, before.version());
		if (before.retired() == retired) {
			return before;
		}
		if (retired && unitTypes().stream().noneMatch(u -> !u.retired() && u.id() != id)) {
			throw new ConflictException("dictionary.unitType.lastItem");
		}
		update("update unit_types set retired = ?, version = version + 1 where id = ?", version, retired, id);
		audit(admin, retired ? "catalog.unitType.retire" : "catalog.unitType.reinstate", "unit-type", id,
				before.name());
		return unitType(id);
	}

	// ---- helpers

	private String checkGroupName(InvalidInputException.Collector problems, String raw, String ownCode) {
		String name = trim(raw);
		if (name == null || name.length() > 32) {
			problems.reject("name", "dictionary.regionGroup.name.required");
			return "";
		}
		Integer same = jdbc.sql("select count(*) from region_groups where name = ? and code <> ?")
			.params(name, ownCode == null ? "" : ownCode)
			.query(Integer.class)
			.single();
		if (same > 0) {
			problems.reject("name", "dictionary.regionGroup.name.taken", name);
		}
		return name;
	}

	private String checkUnitTypeName(InvalidInputException.Collector problems, String raw, Long ownId) {
		String name = trim(raw);
		if (name == null || name.length() > 32) {
			problems.reject("name", "dictionary.unitType.name.required");
			return "";
		}
		Integer same = jdbc.sql("select count(*) from unit_types where name = ? and id <> ?")
			.params(name, ownId == null ? -1L : ownId)
			.query(Integer.class)
			.single();
		if (same > 0) {
			problems.reject("name", "dictionary.unitType.name.taken", name);
		}
		return name;
	}

	private static int checkOrder(InvalidInputException.Collector problems, Integer order) {
		if (order == null || order < 1 || order > 999) {
			problems.reject("order", "dictionary.order.invalid");
			return 0;
		}
		return order;
	}

	/**
	 * Runs a versioned update whose last parameter is the entry's key: with a version, only if the entry still has
	 * it (else someone changed it in between: 409); the row lock of the update makes the loser of two changes at once
	 * find the version moved on.
	 */
	private void update(String sql, Long version, Object... params) {
		List<Object> all = new ArrayList<>(List.of(params));
		String statement = sql;
		if (version != null) {
			statement = sql + " and version = ?";
			all.add(version);
		}
		int changed = jdbc.sql(statement).params(all).update();
		if (changed != 1) {
			throw new ConflictException("error.concurrentChange");
		}
	}

	/** An edit naming the version it read is refused when the entry has moved on since (409). */
	private static void requireVersion(Long read, long current) {
		if (read != null && read != current) {
			throw new ConflictException("error.concurrentChange");
		}
	}

	private boolean exists(String sql, Object param) {
		return jdbc.sql(sql).param(param).query(Integer.class).single() > 0;
	}

	private String groupName(String code) {
		return jdbc.sql("select name from region_groups where code = ?")
			.param(code)
			.query(String.class)
			.optional()
			.orElse(code);
	}

	private void audit(PlatformPrincipal admin, String action, String type, Object id, String detail) {
		events.publishEvent(AuditRecord.of(admin, action, type, id, detail));
	}

	private static String trim(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}
}
