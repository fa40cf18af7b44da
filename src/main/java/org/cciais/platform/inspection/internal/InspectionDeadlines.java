package org.cciais.platform.inspection.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.inspection.InspectionReminder;
import org.cciais.platform.inspection.InspectionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the clock does to inspections, one inspection per transaction (called by {@link InspectionDeadlineJob}):
 * open windows, remind 14 and 3 days before the close, lapse windows closed without a submission. Each step is
 * guarded by the aggregate, so running it again changes nothing.
 */
@Service
@Transactional
public class InspectionDeadlines {

	private final InspectionRepository inspections;
	private final InspectionJournal journal;
	private final CertificateQueries certificates;
	private final CertificateManagement certificateManagement;
	private final Clock clock;

	InspectionDeadlines(InspectionRepository inspections, InspectionJournal journal, CertificateQueries certificates,
			CertificateManagement certificateManagement, Clock clock) {
		this.inspections = inspections;
		this.journal = journal;
		this.certificates = certificates;
		this.certificateManagement = certificateManagement;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Long> lapsing(LocalDate today) {
		return inspections.findLapsedBy(today);
	}

	@Transactional(readOnly = true)
	public List<Long> opening(LocalDate today) {
		return inspections.findOpeningOn(today);
	}

	@Transactional(readOnly = true)
	public List<Long> closingSoon(LocalDate today) {
		return inspections.findClosingBetween(today, today.plusDays(Inspection.FIRST_REMINDER_DAYS));
	}

	/** Opens the window (to-do and e-mail for the enterprise), unless the certificate is no longer valid. */
	public boolean openIfDue(long id, LocalDate today) {
		Inspection inspection = inspections.findById(id).orElse(null);
		if (inspection == null || !certificateStillValid(inspection)) {
			return false;
		}
		Instant now = clock.instant();
		InspectionStatus from = inspection.getStatus();
		if (!inspection.open(today, now)) {
			return false;
		}
		journal.transition(inspection, "open", from, null, null, null,
				InspectionJournal.words("inspection.record.open", inspection.window().words().words()), true, now);
		return true;
	}

	/** Sends the 14-day or the 3-day reminder of an open, unsubmitted inspection, once each. */
	public boolean remindIfDue(long id, LocalDate today) {
		Inspection inspection = inspections.findById(id).orElse(null);
		OptionalInt due = inspection == null ? OptionalInt.empty() : inspection.dueReminder(today);
		if (due.isEmpty()) {
			return false;
		}
		int days = due.getAsInt();
		inspection.reminded(days, clock.instant());
		journal.audit(inspection, "remind", null, InspectionJournal.words("inspection.record.remind",
				inspection.window().closesOn().toString(), String.valueOf(days)));
		journal.publish(new InspectionReminder(inspection.getId(), inspection.getCertificateId(),
				inspection.getCertificateNumber(), inspection.getEnterpriseId(), inspection.getIndustry(),
				inspection.getYear(), inspection.window().closesOn(), days));
		return true;
	}

	/**
	 * The window closed without a submission: the inspection is MISSED and the certificate becomes 失效 with the
	 * reason shown everywhere (manual 4.4); its other inspection will then not open.
	 */
	public boolean lapseIfDue(long id, LocalDate today) {
		Inspection inspection = inspections.findById(id).orElse(null);
		if (inspection == null) {
			return false;
		}
		if (inspection.getStatus() == InspectionStatus.UPCOMING && !certificateStillValid(inspection)) {
			return false;
		}
		Instant now = clock.instant();
		InspectionStatus from = inspection.getStatus();
		if (!inspection.lapse(today, now)) {
			return false;
		}
		journal.transition(inspection, "miss", from, null, null, null,
				InspectionJournal.words("inspection.record.miss", inspection.window().words().words()), true, now);
		certificateManagement.lapseForMissedInspection(inspection.getCertificateId(), inspection.window().opensOn(),
				inspection.window().closesOn());
		for (Inspection sibling : inspections.findByCertificateIdOrderByYear(inspection.getCertificateId())) {
			sibling.certificateNoLongerValid(now);
		}
		return true;
	}

	/** The certificate became 失效 or expired (revoked, lapsed, three years over): none of its inspections opens. */
	public int certificateNoLongerValid(long certificateId) {
		return inspections.markCertificateNoLongerValid(certificateId, clock.instant());
	}

	private boolean certificateStillValid(Inspection inspection) {
		boolean valid = certificates.find(inspection.getCertificateId())
			.map(c -> c.status() == CertificateStatus.VALID)
			.orElse(false);
		if (!valid) {
			inspection.certificateNoLongerValid(clock.instant());
		}
		return valid;
	}
}
