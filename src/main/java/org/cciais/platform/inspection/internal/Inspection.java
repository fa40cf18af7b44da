package org.cciais.platform.inspection.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.inspection.InspectionStatus;
import org.cciais.platform.inspection.InspectionWindow;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.Level;
import org.hibernate.annotations.OptimisticLock;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One annual inspection of a certificate, the aggregate that guards every transition:
 * UPCOMING → OPEN → SUBMITTED → (RECTIFICATION → SUBMITTED)* → PASSED, and UPCOMING/OPEN → MISSED when the window
 * closes without a submission.
 */
@Entity
@Table(name = "inspections")
public class Inspection {

	static final int FIRST_REMINDER_DAYS = 14;

	static final int LAST_REMINDER_DAYS = 3;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "certificate_id", nullable = false)
	private long certificateId;

	@Column(name = "certificate_number", nullable = false)
	private String certificateNumber;

	@Column(name = "enterprise_id", nullable = false)
	private long enterpriseId;

	@Column(name = "review_org_id", nullable = false)
	private long reviewOrgId;

	@Column(name = "consulting_org_id")
	private Long consultingOrgId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Industry industry;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Level level;

	@Column(name = "inspection_year", nullable = false)
	private int year;

	@Column(name = "window_opens_on", nullable = false)
	private LocalDate windowOpensOn;

	@Column(name = "window_closes_on", nullable = false)
	private LocalDate windowClosesOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InspectionStatus status;

	@Column(name = "certificate_valid", nullable = false)
	private boolean certificateValid;

	@Column(name = "submission_round", nullable = false)
	private int round;

	@Column(name = "copy_changed", nullable = false)
	private boolean copyChanged;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "enterpriseName", column = @Column(name = "baseline_enterprise_name")),
			@AttributeOverride(name = "registeredAddress", column = @Column(name = "baseline_registered_address")),
			@AttributeOverride(name = "creditCode", column = @Column(name = "baseline_credit_code")),
			@AttributeOverride(name = "foundedOn", column = @Column(name = "baseline_founded_on")),
			@AttributeOverride(name = "legalRepresentative", column = @Column(name = "baseline_legal_representative")),
			@AttributeOverride(name = "registeredCapital", column = @Column(name = "baseline_registered_capital")),
			@AttributeOverride(name = "unitType", column = @Column(name = "baseline_unit_type")) })
	private CopyColumns baseline;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "enterpriseName", column = @Column(name = "proposed_enterprise_name")),
			@AttributeOverride(name = "registeredAddress", column = @Column(name = "proposed_registered_address")),
			@AttributeOverride(name = "creditCode", column = @Column(name = "proposed_credit_code")),
			@AttributeOverride(name = "foundedOn", column = @Column(name = "proposed_founded_on")),
			@AttributeOverride(name = "legalRepresentative", column = @Column(name = "proposed_legal_representative")),
			@AttributeOverride(name = "registeredCapital", column = @Column(name = "proposed_registered_capital")),
			@AttributeOverride(name = "unitType", column = @Column(name = "proposed_unit_type")) })
	private CopyColumns proposed;

	private String opinion;

	@Column(name = "report_file_id")
	private UUID reportFileId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "reminder14_sent_at")
	private Instant reminder14SentAt;

	@Column(name = "reminder3_sent_at")
	private Instant reminder3SentAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** Items carry their own version: uploading one does not bump the inspection's (parallel uploads). */
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "inspection_id", nullable = false, updatable = false)
	@OrderBy("code")
	@OptimisticLock(excluded = true)
	@org.hibernate.annotations.BatchSize(size = 100)
	private List<InspectionMaterial> materials = new ArrayList<>();

	@Version
	private long version;

	protected Inspection() {
	}

	/** The {@code year}-th inspection (1 or 2) of a freshly issued certificate. */
	public static Inspection schedule(CertificateView certificate, int year, Instant at) {
		InspectionWindow window = InspectionWindow.forCertificateIssuedOn(certificate.issuedOn(), year);
		Inspection i = new Inspection();
		i.certificateId = certificate.id();
		i.certificateNumber = certificate.number();
		i.enterpriseId = certificate.enterpriseId();
		i.reviewOrgId = certificate.reviewOrgId();
		i.consultingOrgId = certificate.consultingOrgId();
		i.industry = certificate.industry();
		i.level = certificate.level();
		i.year = year;
		i.windowOpensOn = window.opensOn();
		i.windowClosesOn = window.closesOn();
		i.status = InspectionStatus.UPCOMING;
		i.certificateValid = true;
		// the data the enterprise will start from; refreshed from the certificate when it prepares its submission
		i.baseline = new CopyColumns(certificate.copy());
		i.createdAt = at;
		i.updatedAt = at;
		return i;
	}

	public InspectionWindow window() {
		return new InspectionWindow(windowOpensOn, windowClosesOn);
	}

	/** UPCOMING → OPEN on a day inside the window, while the certificate is still valid. */
	public boolean open(LocalDate today, Instant at) {
		if (status != InspectionStatus.UPCOMING || !certificateValid || !window().contains(today)) {
			return false;
		}
		status = InspectionStatus.OPEN;
		openedAt = at;
		updatedAt = at;
		return true;
	}

	/**
	 * Guards what the enterprise does while preparing its submission (upload, edit data, submit): only while the
	 * certificate is held ({@code certificateHeld}: its status now, which may have changed since this inspection
	 * last heard of it), inside the window (first and last day included) and before it submitted. An inspection
	 * whose window opened before the job noticed is opened here; returns whether that happened.
	 */
	public boolean requireOpenOn(LocalDate today, boolean certificateHeld, Instant at) {
		requireCertificateHeld(certificateHeld);
		if (status != InspectionStatus.UPCOMING && status != InspectionStatus.OPEN) {
			throw new ConflictException("inspection.notOpen", status);
		}
		if (today.isBefore(windowOpensOn)) {
			throw new ConflictException("inspection.window.notYet", windowText());
		}
		if (window().hasClosedBy(today)) {
			throw new ConflictException("inspection.window.closed", windowText());
		}
		return open(today, at);
	}

	/** The window as a message argument ("2017-07-01 至 2017-08-31"), in the reader's language. */
	private MessageSourceResolvable windowText() {
		return new DefaultMessageSourceResolvable(new String[] { "inspection.window.range" },
				new Object[] { windowOpensOn, windowClosesOn });
	}

	/** Stores (or replaces) the file of one catalogue item; returns the replaced file, if any. */
	public Optional<UUID> upload(String code, UUID fileId, String fileName, Instant at, String by) {
		for (InspectionMaterial m : materials) {
			if (m.getCode().equals(code)) {
				UUID old = m.getFileId();
				m.replace(fileId, fileName, at, by);
				return Optional.of(old);
			}
		}
		materials.add(new InspectionMaterial(code, fileId, fileName, at, by));
		return Optional.empty();
	}

	/** The 副本 data the enterprise confirms or changes, against the certificate's data of the moment. */
	public void saveData(CopyData certificateCopy, CopyData submitted, boolean changed, Instant at) {
		baseline = new CopyColumns(certificateCopy);
		proposed = new CopyColumns(submitted);
		copyChanged = changed;
		updatedAt = at;
	}

	/**
	 * OPEN → SUBMITTED when every required item is uploaded (变更证明 and 变更后的营业执照 too when the data
	 * changed); otherwise a 400 naming each missing item.
	 */
	public void submit(List<InspectionMaterialItem> catalogue, Instant at) {
		if (status != InspectionStatus.OPEN) {
			throw new ConflictException("inspection.notOpen", status);
		}
		var missing = new InvalidInputException.Collector();
		for (InspectionMaterialItem item : catalogue) {
			if (item.requiredFor(copyChanged) && material(item.code()).isEmpty()) {
				missing.reject("materials." + item.code(), "inspection.material.missing", item.title());
			}
		}
		missing.throwIfAny();
		status = InspectionStatus.SUBMITTED;
		round++;
		submittedAt = at;
		updatedAt = at;
	}

	/**
	 * SUBMITTED → PASSED by the review organisation. {@code report} is asked for (stored) only once the transition
	 * is allowed, so that a refused decision leaves no file behind.
	 */
	public void pass(String opinion, Supplier<UUID> report, boolean certificateHeld, Instant at) {
		requireUnderReview(certificateHeld);
		status = InspectionStatus.PASSED;
		decide(opinion, report.get(), at);
	}

	/** SUBMITTED → RECTIFICATION: the review organisation must say why; {@code report} as for {@link #pass}. */
	public void fail(String opinion, Supplier<UUID> report, boolean certificateHeld, Instant at) {
		requireUnderReview(certificateHeld);
		if (opinion == null || opinion.isBlank()) {
			throw new InvalidInputException("opinion", "inspection.opinion.required");
		}
		status = InspectionStatus.RECTIFICATION;
		decide(opinion, report.get(), at);
	}

	/**
	 * Whether the review organisation may act on the inspection now (decide it, attach a report): submitted and
	 * waiting for its review, the certificate still held.
	 */
	public void requireUnderReview(boolean certificateHeld) {
		requireCertificateHeld(certificateHeld);
		if (status != InspectionStatus.SUBMITTED) {
			throw new ConflictException("inspection.notSubmitted", status);
		}
	}

	private void requireCertificateHeld(boolean certificateHeld) {
		if (!certificateValid || !certificateHeld) {
			throw new ConflictException("inspection.certificateNotValid");
		}
	}

	private void decide(String opinion, UUID reportFileId, Instant at) {
		this.opinion = opinion == null || opinion.isBlank() ? null : opinion.trim();
		this.reportFileId = reportFileId;
		decidedAt = at;
		updatedAt = at;
	}

	/**
	 * RECTIFICATION → SUBMITTED with the enterprise's rectification file, to be reviewed again; {@code file} is asked
	 * for (stored) only once the transition is allowed.
	 */
	public <F> F rectify(Supplier<F> file, boolean certificateHeld, Instant at) {
		requireCertificateHeld(certificateHeld);
		if (status != InspectionStatus.RECTIFICATION) {
			throw new ConflictException("inspection.notInRectification", status);
		}
		F stored = file.get();
		status = InspectionStatus.SUBMITTED;
		round++;
		submittedAt = at;
		updatedAt = at;
		return stored;
	}

	/**
	 * The window closed without a submission: MISSED. An inspection never opened because its certificate is no
	 * longer valid is left alone; a submitted one under review never lapses.
	 */
	public boolean lapse(LocalDate today, Instant at) {
		boolean pending = status == InspectionStatus.OPEN || (status == InspectionStatus.UPCOMING && certificateValid);
		if (!pending || !window().hasClosedBy(today)) {
			return false;
		}
		status = InspectionStatus.MISSED;
		decidedAt = at;
		updatedAt = at;
		return true;
	}

	/** The reminder due today for an open, unsubmitted inspection: 14 or 3 (days before the close), once each. */
	public OptionalInt dueReminder(LocalDate today) {
		if (status != InspectionStatus.OPEN || window().hasClosedBy(today)) {
			return OptionalInt.empty();
		}
		long daysLeft = ChronoUnit.DAYS.between(today, windowClosesOn);
		if (daysLeft <= LAST_REMINDER_DAYS && reminder3SentAt == null) {
			return OptionalInt.of(LAST_REMINDER_DAYS);
		}
		if (daysLeft <= FIRST_REMINDER_DAYS && reminder14SentAt == null && reminder3SentAt == null) {
			return OptionalInt.of(FIRST_REMINDER_DAYS);
		}
		return OptionalInt.empty();
	}

	/** Records a sent reminder; the 3-day one also settles a 14-day one that was never due in time to matter. */
	public void reminded(int daysBefore, Instant at) {
		if (daysBefore == LAST_REMINDER_DAYS) {
			reminder3SentAt = at;
		}
		if (reminder14SentAt == null) {
			reminder14SentAt = at;
		}
		updatedAt = at;
	}

	/** The certificate became 失效 or expired: this inspection will not be opened any more. */
	public boolean certificateNoLongerValid(Instant at) {
		if (!certificateValid) {
			return false;
		}
		certificateValid = false;
		updatedAt = at;
		return true;
	}

	public Optional<InspectionMaterial> material(String code) {
		return materials.stream().filter(m -> m.getCode().equals(code)).findFirst();
	}

	public Long getId() {
		return id;
	}

	public long getCertificateId() {
		return certificateId;
	}

	public String getCertificateNumber() {
		return certificateNumber;
	}

	public long getEnterpriseId() {
		return enterpriseId;
	}

	public long getReviewOrgId() {
		return reviewOrgId;
	}

	public Long getConsultingOrgId() {
		return consultingOrgId;
	}

	public Industry getIndustry() {
		return industry;
	}

	public Level getLevel() {
		return level;
	}

	public int getYear() {
		return year;
	}

	public InspectionStatus getStatus() {
		return status;
	}

	public boolean isCertificateValid() {
		return certificateValid;
	}

	public int getRound() {
		return round;
	}

	public boolean isCopyChanged() {
		return copyChanged;
	}

	public Optional<CopyData> getBaseline() {
		return Optional.ofNullable(baseline).map(CopyColumns::toData);
	}

	public Optional<CopyData> getProposed() {
		return Optional.ofNullable(proposed).map(CopyColumns::toData);
	}

	public String getOpinion() {
		return opinion;
	}

	public UUID getReportFileId() {
		return reportFileId;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public List<InspectionMaterial> getMaterials() {
		return materials;
	}

	public long getVersion() {
		return version;
	}
}
