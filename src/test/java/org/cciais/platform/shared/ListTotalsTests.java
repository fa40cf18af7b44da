package org.cciais.platform.shared;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Large totals are reused for ten seconds by the same list and filter; small ones are always counted afresh. */
class ListTotalsTests {

	private final AtomicLong nanos = new AtomicLong();

	private final ListTotals totals = new ListTotals(nanos::get);

	private final AtomicLong counted = new AtomicLong();

	private long counter(long total) {
		counted.incrementAndGet();
		return total;
	}

	@Test
	void aTotalOfTenThousandRowsIsReusedForTenSeconds() {
		assertThat(totals.count(List.of("workList", 1L), () -> counter(10_000))).isEqualTo(10_000);
		advance(Duration.ofMillis(9_999));
		assertThat(totals.count(List.of("workList", 1L), () -> counter(10_005))).isEqualTo(10_000);
		assertThat(counted).hasValue(1);
		advance(Duration.ofMillis(1));
		assertThat(totals.count(List.of("workList", 1L), () -> counter(10_005))).isEqualTo(10_005);
		assertThat(counted).hasValue(2);
	}

	@Test
	void aTotalBelowTenThousandIsCountedEachTime() {
		assertThat(totals.count(List.of("workList", 1L), () -> counter(9_999))).isEqualTo(9_999);
		assertThat(totals.count(List.of("workList", 1L), () -> counter(9_998))).isEqualTo(9_998);
		assertThat(counted).hasValue(2);
	}

	@Test
	void anotherListOrFilterIsCountedOnItsOwn() {
		totals.count(List.of("workList", 1L, "ACCEPTED"), () -> counter(20_000));
		assertThat(totals.count(List.of("workList", 1L, "SUBMITTED"), () -> counter(30_000))).isEqualTo(30_000);
		assertThat(totals.count(List.of("workList", 2L, "ACCEPTED"), () -> counter(40_000))).isEqualTo(40_000);
		assertThat(totals.count(List.of("workList", 1L, "ACCEPTED"), () -> counter(50_000))).isEqualTo(20_000);
		assertThat(counted).hasValue(3);
	}

	private void advance(Duration by) {
		nanos.addAndGet(by.toNanos());
	}
}
