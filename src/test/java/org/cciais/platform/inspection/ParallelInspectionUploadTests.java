package org.cciais.platform.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 年检材料 are kept per item (暂存): several items of one inspection uploaded at once all succeed. */
class ParallelInspectionUploadTests extends InspectionTestSupport {

	@Test
	void threeItemsUploadedAtTheSameTimeAllSucceed() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 21));
		moveTo(LocalDateTime.of(2017, 7, 10, 9, 0));
		String token = tokenOf(c.enterprise());
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> uploads = new ArrayList<>();
			for (String code : List.of("I01", "I02", "I03")) {
				uploads.add(pool.submit(() -> {
					start.await();
					return upload(c.firstInspection(), code, token).andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> upload : uploads) {
				statuses.add(upload.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).containsExactly(200, 200, 200);
			assertThat(inspection(c.firstInspection()).materials().stream().filter(InspectionView.Material::uploaded).count())
				.isEqualTo(3);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
