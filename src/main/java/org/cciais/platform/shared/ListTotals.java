package org.cciais.platform.shared;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.stereotype.Component;

/**
 * The totals of very large lists, remembered for a few seconds on this node. A page of a list shows its total (and
 * the API sends it as {@code X-Total-Count}); counting 150,000 applications takes PostgreSQL 30–55 ms, which, paid by
 * every page of the association's list, was the list's whole cost (bench/RESULTS.md, 2026-12-03). A total of at least
 * {@value #LARGE} rows is therefore reused for {@link #REUSED_FOR} by the next page of the same list and filter, so it
 * may lag that long behind new rows; a smaller total is always counted afresh, exactly (a clerk's tab of a few
 * hundred cases changes its badge the moment a case moves).
 */
@Component
public class ListTotals {

	public static final long LARGE = 10_000;

	public static final Duration REUSED_FOR = Duration.ofSeconds(10);

	private final Cache<Object, Long> large;

	public ListTotals() {
		this(Ticker.systemTicker());
	}

	ListTotals(Ticker ticker) {
		large = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(REUSED_FOR).maximumSize(10_000).build();
	}

	/**
	 * The total of the list named by {@code key} (an object with value equality naming the list, its reader's scope
	 * and its filter): the one remembered if it is large and recent, else {@code counter}'s.
	 */
	public long count(Object key, LongSupplier counter) {
		Long remembered = large.getIfPresent(key);
		if (remembered != null) {
			return remembered;
		}
		long total = counter.getAsLong();
		if (total >= LARGE) {
			large.put(key, total);
		}
		return total;
	}
}
