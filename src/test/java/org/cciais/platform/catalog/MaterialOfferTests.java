package org.cciais.platform.catalog;

import java.util.List;

import org.cciais.platform.catalog.CatalogQueries.MaterialItem;
import org.cciais.platform.catalog.DictionaryManagement.MaterialEntry;
import org.cciais.platform.catalog.internal.MaterialOffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new application is offered from the catalogue as the ADMIN keeps it (plain rules, no database). */
class MaterialOfferTests {

	private static MaterialEntry entry(String code, int order, boolean retired) {
		return new MaterialEntry(code, order, "材料" + code, true, "PDF", true, retired, 0);
	}

	@Test
	void aRetiredItemIsNotOfferedAndTheOthersAreNumberedWithoutAGap() {
		List<MaterialItem> before = MaterialOffer.of(List.of(entry("M01", 1, false), entry("M02", 2, false),
				entry("M03", 3, false)));
		List<MaterialItem> after = MaterialOffer.of(List.of(entry("M01", 1, false), entry("M02", 2, true),
				entry("M03", 3, false)));

		assertThat(after).extracting(MaterialItem::code).containsExactly("M01", "M03");
		assertThat(after).extracting(MaterialItem::label).containsExactly("（一）", "（二）");
		// the revision published before keeps the retired item and its number
		assertThat(before).extracting(MaterialItem::code).containsExactly("M01", "M02", "M03");
		assertThat(before.get(1).label()).isEqualTo("（二）");
	}

	@Test
	void itemsAreOfferedInTheirOrderWithTiesByCode() {
		List<MaterialItem> offered = MaterialOffer.of(List.of(entry("M19", 5, false), entry("M05", 5, false),
				entry("M01", 1, false), entry("M18", 18, false)));

		assertThat(offered).extracting(MaterialItem::code).containsExactly("M01", "M05", "M19", "M18");
		assertThat(offered).extracting(MaterialItem::seq).containsExactly(1, 2, 3, 4);
	}
}
