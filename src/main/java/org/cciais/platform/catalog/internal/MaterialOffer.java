package org.cciais.platform.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cciais.platform.catalog.CatalogQueries.MaterialItem;
import org.cciais.platform.catalog.DictionaryManagement.MaterialEntry;

/**
 * What a new application is offered from the catalogue as the ADMIN keeps it: the items not retired, in their
 * order (ties by code), numbered (一), (二), … by position, so that retiring an item leaves no gap in the numbering of
 * the next revision. Revisions already published keep their own numbering.
 */
public final class MaterialOffer {

	private MaterialOffer() {
	}

	public static List<MaterialItem> of(List<MaterialEntry> entries) {
		List<MaterialEntry> offered = entries.stream()
			.filter(e -> !e.retired())
			.sorted(Comparator.comparingInt(MaterialEntry::order).thenComparing(MaterialEntry::code))
			.toList();
		List<MaterialItem> items = new ArrayList<>();
		for (MaterialEntry e : offered) {
			items.add(new MaterialItem(e.code(), items.size() + 1, e.title(), e.required(), e.fileKind(), e.shared()));
		}
		return List.copyOf(items);
	}
}
