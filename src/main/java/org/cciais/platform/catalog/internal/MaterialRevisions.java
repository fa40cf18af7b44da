package org.cciais.platform.catalog.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cciais.platform.catalog.CatalogQueries.MaterialItem;
import org.cciais.platform.catalog.DictionaryManagement.MaterialEntry;
import org.cciais.platform.shared.PlatformClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published revisions of the material catalogue. A revision never changes once committed, so its items are
 * kept in memory after the first read (on every node alike). Only a committed revision is ever read through the
 * cache: the ADMIN's change that publishes one does not read it back.
 */
@Component
public class MaterialRevisions {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final Map<Integer, List<MaterialItem>> cache = new ConcurrentHashMap<>();

	MaterialRevisions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The revision new applications get. */
	public int current() {
		return jdbc.sql("select max(revision) from material_catalogue_revisions").query(Integer.class).single();
	}

	/** The items of a revision in order; empty for a revision that does not exist. */
	public List<MaterialItem> items(int revision) {
		List<MaterialItem> known = cache.get(revision);
		if (known != null) {
			return known;
		}
		List<MaterialItem> items = jdbc
			.sql("select code, seq, title, required, file_kind, shared from material_revision_items"
					+ " where revision = ? order by seq")
			.param(revision)
			.query((rs, i) -> new MaterialItem(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), rs.getBoolean(6)))
			.list();
		if (!items.isEmpty()) {
			cache.put(revision, List.copyOf(items));
		}
		return List.copyOf(items);
	}

	/**
	 * Publishes the next revision from the catalogue's entries as they stand in this transaction. Two changes at
	 * once compute the same number: the primary key lets one commit, the other fails (a concurrent change, 409).
	 */
	public int publish(List<MaterialEntry> entries, String by) {
		int next = current() + 1;
		jdbc.sql("insert into material_catalogue_revisions (revision, created_at, created_by) values (?, ?, ?)")
			.params(next, OffsetDateTime.ofInstant(clock.instant(), PlatformClock.ZONE), by)
			.update();
		for (MaterialItem item : MaterialOffer.of(entries)) {
			jdbc.sql("insert into material_revision_items (revision, code, seq, title, required, file_kind, shared)"
					+ " values (?, ?, ?, ?, ?, ?, ?)")
				.params(next, item.code(), item.seq(), item.title(), item.required(), item.fileKind(), item.shared())
				.update();
		}
		return next;
	}
}
