package org.cciais.platform.enterprise;

import java.util.ArrayList;
import java.util.List;

import org.cciais.platform.catalog.CatalogQueries;
import org.springframework.stereotype.Component;

/**
 * 单位类型 (单位性质) choices of the registration, change and inspection forms: reference data the ADMIN edits
 * (字典管理). An enterprise keeps the type it registered with even after the type is renamed or retired.
 */
@Component
public class UnitTypeQueries {

	private final CatalogQueries catalog;

	UnitTypeQueries(CatalogQueries catalog) {
		this.catalog = catalog;
	}

	/** The types offered now, in order. */
	public List<String> offered() {
		return catalog.unitTypes();
	}

	/** The types offered now, and the enterprise's own first when it is no longer offered. */
	public List<String> offeredWith(String current) {
		List<String> offered = offered();
		if (current == null || current.isBlank() || offered.contains(current)) {
			return offered;
		}
		List<String> all = new ArrayList<>(offered);
		all.add(0, current);
		return List.copyOf(all);
	}

	public boolean offers(String type) {
		return catalog.offersUnitType(type);
	}
}
