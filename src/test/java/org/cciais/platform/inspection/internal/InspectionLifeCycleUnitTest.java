package org.cciais.platform.inspection.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.inspection.InspectionStatus;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.InvalidInputException.FieldProblem;
import org.cciais.platform.shared.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The annual inspection's guarded transitions, without Spring (manual 4.2; DESIGN.md): a certificate issued on
 * 2016-07-20 is first inspected from 2017-07-01 to 2017-08-31; UPCOMING → OPEN → SUBMITTED → (RECTIFICATION →
 * SUBMITTED)* → PASSED, or OPEN past the window → MISSED. Every refusal is checked here, once.
 */
class InspectionLifeCycleUnitTest {

	static final LocalDate BEFORE_WINDOW = LocalDate.of(2017, 6, 30);
	static final LocalDate FIRST_DAY = LocalDate.of(2017, 7, 1);
	static final LocalDate LAST_DAY = LocalDate.of(2017, 8, 31);
	static final LocalDate AFTER_WINDOW = LocalDate.of(2017, 9, 1);
	static final Instant AT = Instant.parse("2017-07-03T02:00:00Z");
	static final Instant LATER = Instant.parse("2017-07-10T02:00:00Z");

	static final InspectionMaterialItem FORM = new InspectionMaterialItem("01", 1, "年检申请表", true, false, "PDF");
	static final InspectionMaterialItem PROOF_OF_CHANGE = new InspectionMaterialItem("08", 8, "变更证明", false, true,
			"PDF");
	static final List<InspectionMaterialItem> CATALOGUE = List.of(FORM, PROOF_OF_CHANGE);

	static final CopyData COPY = new CopyData("测试有限公司", "北京市海淀区", "91110000000000000X", LocalDate.of(2010, 1, 1),
			"张三", new BigDecimal("100"), "有限责任公司");

	static final UUID REPORT = UUID.fromString("00000000-0000-0000-0000-000000000001");

	static Inspection firstInspection() {
		CertificateView certificate = new CertificateView(7, "MIITCCCAIS-000007", 1, 2, Industry.FINANCE,
				Level.LEVEL_3, CertificateStatus.VALID, null, null, LocalDate.of(2016, 7, 20), LocalDate.of(2019, 7, 20), 3,
				null, COPY, Instant.parse("2016-07-20T02:00:00Z"), null, null);
		return Inspection.schedule(certificate, 1, Instant.parse("2016-07-20T02:00:00Z"));
	}

	static Inspection open() {
		Inspection i = firstInspection();
		i.requireOpenOn(FIRST_DAY, true, AT);
		return i;
	}

	static Inspection submitted() {
		Inspection i = open();
		i.upload(FORM.code(), UUID.randomUUID(), "form.pdf", AT, "ent");
		i.submit(CATALOGUE, AT);
		return i;
	}

	static Inspection inRectification() {
		Inspection i = submitted();
		i.fail("材料不全", () -> null, true, LATER);
		return i;
	}

	@Test
	void isScheduledForTheFirstMonthOfTheYearAfterIssueForTwoMonths() {
		Inspection i = firstInspection();
		assertThat(i.getStatus()).isEqualTo(InspectionStatus.UPCOMING);
		assertThat(i.window().opensOn()).isEqualTo(FIRST_DAY);
		assertThat(i.window().closesOn()).isEqualTo(LAST_DAY);
	}

	@Test
	void opensOnTheFirstDayOfItsWindowOnly() {
		Inspection i = firstInspection();
		assertThat(i.open(BEFORE_WINDOW, AT)).isFalse();
		assertThat(i.getStatus()).isEqualTo(InspectionStatus.UPCOMING);
		assertThat(i.open(FIRST_DAY, AT)).isTrue();
		assertThat(i.getStatus()).isEqualTo(InspectionStatus.OPEN);
		assertThat(i.open(FIRST_DAY, AT)).isFalse();
	}

	@Test
	void doesNotOpenOnceTheCertificateIsNoLongerValid() {
		Inspection i = firstInspection();
		assertThat(i.certificateNoLongerValid(AT)).isTrue();
		assertThat(i.certificateNoLongerValid(AT)).isFalse();
		assertThat(i.open(FIRST_DAY, AT)).isFalse();
		assertThat(i.getStatus()).isEqualTo(InspectionStatus.UPCOMING);
	}

	@Test
	void theEnterprisePreparesItsSubmissionFromTheFirstToTheLastDayOfTheWindow() {
		Inspection i = firstInspection();
		assertThatThrownBy(() -> i.requireOpenOn(BEFORE_WINDOW, true, AT)).isInstanceOf(ConflictException.class)
			.hasMessage("inspection.window.notYet");
		// the window opened before the hourly job noticed: the enterprise's first step opens it
		assertThat(i.requireOpenOn(FIRST_DAY, true, AT)).isTrue();
		assertThat(i.getStatus()).isEqualTo(InspectionStatus.OPEN);
		assertThat(i.requireOpenOn(LAST_DAY, true, AT)).isFalse();
		assertThatThrownBy(() -> i.requireOpenOn(AFTER_WINDOW, true, AT)).isInstanceOf(ConflictException.class)
			.hasMessage("inspection.window.closed");
	}

	@Test
	void theEnterpriseCannotPrepareOnceItsCertificateIsNoLongerHeld() {
		Inspection revokedJustNow = firstInspection();
		assertThatThrownBy(() -> revokedJustNow.requireOpenOn(FIRST_DAY, false, AT))
			.isInstanceOf(ConflictException.class)
			.hasMessage("inspection.certificateNotValid");
		assertThat(revokedJustNow.getStatus()).isEqualTo(InspectionStatus.UPCOMING);

		Inspection known = firstInspection();
		known.certificateNoLongerValid(AT);
		assertThatThrownBy(() -> known.requireOpenOn(FIRST_DAY, true, AT)).hasMessage("inspection.certificateNotValid");
	}

	@Test
	void theEnterpriseCannotChangeASubmittedInspection() {
		Inspection i = submitted();
		assertThatThrownBy(() -> i.requireOpenOn(LAST_DAY, true, LATER)).isInstanceOf(ConflictException.class)
			.hasMessage("inspection.notOpen")
			.satisfies(ex -> assertThat(((ConflictException) ex).args()).containsExactly(InspectionStatus.SUBMITTED));
	}

	@Test
	void submitsWhenEveryRequiredMaterialIsUploaded() {
		Inspection i = open();
		i.upload(FORM.code(), UUID.randomUUID(), "form.pdf", AT, "ent");

		i.submit(CATALOGUE, LATER);

		assertThat(i.getStatus()).isEqualTo(InspectionStatus.SUBMITTED);
		assertThat(i.getRound()).isEqualTo(1);
		assertThat(i.getSubmittedAt()).isEqualTo(LATER);
	}

	@Test
	void refusesASubmissionNamingEachMissingMaterialAndTheChangeDocumentsWhenTheCopyChanged() {
		Inspection i = open();
		i.saveData(COPY, new CopyData("测试科技有限公司", "北京市海淀区", "91110000000000000X", LocalDate.of(2010, 1, 1), "张三",
				new BigDecimal("100"), "有限责任公司"), true, AT);

		assertThatThrownBy(() -> i.submit(CATALOGUE, LATER)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems()).extracting(FieldProblem::field,
					FieldProblem::messageKey)
				.containsExactly(tuple("materials.01", "inspection.material.missing"),
						tuple("materials.08", "inspection.material.missing")));
		assertThat(i.getStatus()).isEqualTo(InspectionStatus.OPEN);
	}

	@Test
	void refusesToSubmitAnInspectionThatIsNotOpen() {
		Inspection i = firstInspection();
		assertThatThrownBy(() -> i.submit(CATALOGUE, AT)).isInstanceOf(ConflictException.class)
			.hasMessage("inspection.notOpen");
	}

	@Test
	void theReviewOrganisationPassesASubmittedInspectionWithItsReport() {
		Inspection i = submitted();

		i.pass("  材料齐全  ", () -> REPORT, true, LATER);

		assertThat(i.getStatus()).isEqualTo(InspectionStatus.PASSED);
		assertThat(i.getOpinion()).isEqualTo("材料齐全");
		assertThat(i.getReportFileId()).isEqualTo(REPORT);
		assertThat(i.getDecidedAt()).isEqualTo(LATER);
		assertThat(i.getStatus().isFinal()).isTrue();
	}

	@Test
	void failingNeedsAnOpinionAndReturnsTheInspectionForRectification() {
		Inspection i = submitted();
		Counting report = new Counting();

		assertThatThrownBy(() -> i.fail(" ", report, true, LATER)).isInstanceOf(InvalidInputException.class)
			.hasMessage("inspection.opinion.required");
		assertThat(i.getStatus()).isEqualTo(InspectionStatus.SUBMITTED);
		assertThat(report.calls()).as("no report is stored for a refused decision").isZero();

		i.fail("缺少审计报告", report, true, LATER);
		assertThat(i.getStatus()).isEqualTo(InspectionStatus.RECTIFICATION);
		assertThat(i.getOpinion()).isEqualTo("缺少审计报告");
		assertThat(report.calls()).isEqualTo(1);
	}

	@Test
	void onlyASubmittedInspectionIsDecidedAndNoReportIsStoredForARefusal() {
		Counting report = new Counting();
		for (Inspection i : List.of(firstInspection(), open(), inRectification())) {
			InspectionStatus before = i.getStatus();
			assertThatThrownBy(() -> i.pass("通过", report, true, LATER)).isInstanceOf(ConflictException.class)
				.hasMessage("inspection.notSubmitted");
			assertThatThrownBy(() -> i.fail("不通过", report, true, LATER)).hasMessage("inspection.notSubmitted");
			assertThatThrownBy(() -> i.requireUnderReview(true)).hasMessage("inspection.notSubmitted");
			assertThat(i.getStatus()).isEqualTo(before);
		}
		Inspection passed = submitted();
		passed.pass(null, () -> null, true, LATER);
		assertThatThrownBy(() -> passed.fail("再审", report, true, LATER)).hasMessage("inspection.notSubmitted");
		assertThat(report.calls()).isZero();
	}

	@Test
	void noDecisionOnceTheCertificateIsNoLongerHeld() {
		Inspection i = submitted();
		assertThatThrownBy(() -> i.pass("通过", () -> REPORT, false, LATER)).isInstanceOf(ConflictException.class)
			.hasMessage("inspection.certificateNotValid");
		assertThatThrownBy(() -> i.requireUnderReview(false)).hasMessage("inspection.certificateNotValid");
		assertThat(i.getStatus()).isEqualTo(InspectionStatus.SUBMITTED);
	}

	@Test
	void aRectificationIsSubmittedAgainForASecondRound() {
		Inspection i = inRectification();

		UUID file = i.rectify(() -> REPORT, true, LATER);

		assertThat(file).isEqualTo(REPORT);
		assertThat(i.getStatus()).isEqualTo(InspectionStatus.SUBMITTED);
		assertThat(i.getRound()).isEqualTo(2);
		assertThat(i.getSubmittedAt()).isEqualTo(LATER);
	}

	@Test
	void onlyAFailedInspectionIsRectifiedAndNoFileIsStoredForARefusal() {
		Counting file = new Counting();
		Inspection i = submitted();
		assertThatThrownBy(() -> i.rectify(file, true, LATER)).isInstanceOf(ConflictException.class)
			.hasMessage("inspection.notInRectification")
			.satisfies(ex -> assertThat(((ConflictException) ex).args()).containsExactly(InspectionStatus.SUBMITTED));

		Inspection revoked = inRectification();
		assertThatThrownBy(() -> revoked.rectify(file, false, LATER)).hasMessage("inspection.certificateNotValid");
		assertThat(revoked.getStatus()).isEqualTo(InspectionStatus.RECTIFICATION);
		assertThat(file.calls()).isZero();
	}

	@Test
	void anOpenInspectionNotSubmittedByTheLastDayIsMissed() {
		Inspection i = open();
		assertThat(i.lapse(LAST_DAY, LATER)).isFalse();
		assertThat(i.lapse(AFTER_WINDOW, LATER)).isTrue();
		assertThat(i.getStatus()).isEqualTo(InspectionStatus.MISSED);
		assertThat(i.getStatus().isFinal()).isTrue();
		assertThat(i.lapse(AFTER_WINDOW, LATER)).isFalse();
	}

	@Test
	void anInspectionNeverOpenedLapsesTooButNotOneUnderReviewOrOfAnInvalidCertificate() {
		Inspection neverOpened = firstInspection();
		assertThat(neverOpened.lapse(AFTER_WINDOW, LATER)).isTrue();
		assertThat(neverOpened.getStatus()).isEqualTo(InspectionStatus.MISSED);

		Inspection underReview = submitted();
		assertThat(underReview.lapse(AFTER_WINDOW, LATER)).isFalse();
		assertThat(underReview.getStatus()).isEqualTo(InspectionStatus.SUBMITTED);

		Inspection ofInvalidCertificate = firstInspection();
		ofInvalidCertificate.certificateNoLongerValid(AT);
		assertThat(ofInvalidCertificate.lapse(AFTER_WINDOW, LATER)).isFalse();
		assertThat(ofInvalidCertificate.getStatus()).isEqualTo(InspectionStatus.UPCOMING);
	}

	/** A report or rectification file that counts how often it was stored. */
	static final class Counting implements Supplier<UUID> {

		private final AtomicInteger calls = new AtomicInteger();

		@Override
		public UUID get() {
			calls.incrementAndGet();
			return REPORT;
		}

		int calls() {
			return calls.get();
		}
	}
}
