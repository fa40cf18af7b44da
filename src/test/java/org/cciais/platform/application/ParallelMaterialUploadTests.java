package org.cciais.platform.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cciais.platform.application.internal.QualificationApplication;
import org.cciais.platform.application.internal.QualificationApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Manual 3.4.2 (暂存 per item): an enterprise uploads several items of one application at once, each succeeds; only
 * two writes of the same item may conflict (409).
 */
class ParallelMaterialUploadTests extends ApplicationTestSupport {

	@Autowired
	QualificationApplications applications;

	@Autowired
	ApplicationManagement management;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void threeItemsUploadedAtTheSameTimeAllSucceed() throws Exception {
		Parties p = parties();
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			for (String industry : List.of("GOVERNMENT", "FINANCE")) {
				long id = applied(p, industry);
				ok(act(p.orgToken(), id, "accept"));
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> uploads = new ArrayList<>();
				for (String code : List.of("M01", "M02", "M03")) {
					MockMultipartFile file = largePdf();
					uploads.add(pool.submit(() -> {
						start.await();
						return upload(p.enterpriseToken(), id, code, file).andReturn().getResponse().getStatus();
					}));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> upload : uploads) {
					statuses.add(upload.get(60, TimeUnit.SECONDS));
				}
				assertThat(statuses).as(industry).containsExactly(200, 200, 200);
				JsonNode materials = view(p.enterpriseToken(), id).get("materials");
				assertThat(materials.get(0).get("uploaded").asBoolean()).isTrue();
				assertThat(materials.get(1).get("uploaded").asBoolean()).isTrue();
				assertThat(materials.get(2).get("uploaded").asBoolean()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The deterministic version: a write on a stale copy of the case loses for the same item only. */
	@Test
	void aWriteOfTheSameItemOnAStaleCopyLosesAWriteOfAnotherItemDoesNot() throws Exception {
		Parties p = parties();
		long id = applied(p, "TELECOM");
		ok(act(p.orgToken(), id, "accept"));
		ok(upload(p.enterpriseToken(), id, "M01", pdfPart("file")));
		TransactionTemplate outer = new TransactionTemplate(transactions);
		TransactionTemplate inner = new TransactionTemplate(transactions);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		outer.executeWithoutResult(s -> {
			QualificationApplication stale = applications.findById(id).orElseThrow();
			stale.material("M01").orElseThrow();
			inner.executeWithoutResult(t -> management.uploadMaterial(id, "M01", pdfPart("file"),
					p.enterprise().principal()));
			stale.putMaterial("M02", UUID.randomUUID(), "other.pdf", 10, clock.instant());
			applications.flush();
		});

		assertThatThrownBy(() -> outer.executeWithoutResult(s -> {
			QualificationApplication stale = applications.findById(id).orElseThrow();
			stale.material("M01").orElseThrow();
			inner.executeWithoutResult(t -> management.uploadMaterial(id, "M01", pdfPart("file"),
					p.enterprise().principal()));
			stale.putMaterial("M01", UUID.randomUUID(), "same.pdf", 10, clock.instant());
			applications.flush();
		})).isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	/** A PDF of 2 MiB, so that the three requests overlap while their bodies are read and stored. */
	private static MockMultipartFile largePdf() {
		byte[] body = new byte[2 * 1024 * 1024];
		byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
		byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		java.util.Arrays.fill(body, (byte) 'x');
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		return new MockMultipartFile("file", "scan.pdf", MediaType.APPLICATION_PDF_VALUE, body);
	}
}
