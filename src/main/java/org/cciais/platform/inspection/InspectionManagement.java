package org.cciais.platform.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.enterprise.UnitTypeQueries;
import org.cciais.platform.inspection.internal.CopyDataRules;
import org.cciais.platform.inspection.internal.Inspection;
import org.cciais.platform.inspection.internal.InspectionCatalog;
import org.cciais.platform.inspection.internal.InspectionFile;
import org.cciais.platform.inspection.internal.InspectionFiles;
import org.cciais.platform.inspection.internal.InspectionJournal;
import org.cciais.platform.inspection.internal.InspectionMaterialItem;
import org.cciais.platform.inspection.internal.InspectionRepository;
import org.cciais.platform.inspection.internal.InspectionViews;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.ForbiddenException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.storage.FileKind;
import org.cciais.platform.storage.FileStore;
import org.cciais.platform.storage.StoredFile;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import static org.cciais.platform.inspection.internal.InspectionJournal.words;

/**
 * Annual inspections as their parties use them: the enterprise prepares and submits (materials, changed 副本
 * data) inside the window and answers a failed review with a rectification; the certificate's review organisation
 * passes or fails. Every lookup is scoped to the caller: another enterprise's or organisation's inspection is
 * "not found". The windows themselves are driven by the deadline job.
 */
@Service
@Transactional
public class InspectionManagement {

	private final InspectionRepository inspections;
	private final InspectionFiles inspectionFiles;
	private final InspectionCatalog catalog;
	private final InspectionViews views;
	private final InspectionJournal journal;
	private final CertificateQueries certificates;
	private final CertificateManagement certificateManagement;
	private final OrganizationQueries organizations;
	private final FileStore files;
	private final Clock clock;
	private final EntityManager entityManager;

	private final UnitTypeQueries unitTypes;

	InspectionManagement(InspectionRepository inspections, InspectionFiles inspectionFiles, InspectionCatalog catalog,
			InspectionViews views, InspectionJournal journal, CertificateQueries certificates, OrganizationQueries organizations,
			FileStore files, Clock clock, EntityManager entityManager, UnitTypeQueries unitTypes,
			CertificateManagement certificateManagement) {
		this.certificateManagement = certificateManagement;
		this.unitTypes = unitTypes;
		this.entityManager = entityManager;
		this.inspections = inspections;
		this.inspectionFiles = inspectionFiles;
		this.catalog = catalog;
		this.views = views;
		this.journal = journal;
		this.certificates = certificates;
		this.organizations = organizations;
		this.files = files;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The caller's inspections: an enterprise's own, a review organisation's (optionally of one status), all of a
	 * certificate for nobody else.
	 */
	@Transactional(readOnly = true)
	public List<InspectionView> list(PlatformPrincipal me, InspectionStatus status) {
		if (me.is(Role.ENTERPRISE)) {
			return views.of(inspections.findForEnterprise(me.requireEnterpriseId()), me);
		}
		if (me.is(Role.REVIEW_ORG)) {
			long org = me.requireOrganizationId();
			return views.of(status == null ? inspections.findForReviewOrg(org)
					: inspections.findForReviewOrg(org, status), me);
		}
		throw new ForbiddenException("error.forbidden");
	}

	/** Sortable columns of the enterprise's 企业年检 list; unsorted, the earliest window first (as it always was). */
	public static final Sortable ENTERPRISE_SORT = Sortable
		.by(Sort.by(Sort.Order.asc("windowOpensOn"), Sort.Order.asc("id")))
		.field("industry")
		.field("certificateNumber")
		.field("year")
		.field("windowOpensOn")
		.field("status")
		.shownAs("windowOpensOn", Sort.Direction.ASC);

	/**
	 * Sortable columns of 年检评审, every inspection: unsorted, the latest submission first with the unsubmitted
	 * last (as it always was; that order is the repository's own, hence no default {@code Sort}).
	 */
	public static final Sortable REVIEW_SORT = reviewColumns(Sort.unsorted(), Sort.Direction.DESC);

	/** The same columns for the pending tab: unsorted, the one waiting longest first. */
	public static final Sortable PENDING_SORT = reviewColumns(
			Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("id")), Sort.Direction.ASC);

	private static Sortable reviewColumns(Sort unsorted, Sort.Direction shown) {
		return Sortable.by(unsorted)
			.field("enterpriseName", "baseline.enterpriseName")
			.field("industry")
			.field("certificateNumber")
			.field("year")
			.field("submittedAt")
			.field("status")
			.shownAs("submittedAt", shown);
	}

	/** One page of {@link #list(PlatformPrincipal, InspectionStatus)}, in the database. */
	@Transactional(readOnly = true)
	public Page<InspectionView> list(PlatformPrincipal me, InspectionStatus status, Pageable pageable) {
		Page<Inspection> page;
		if (me.is(Role.ENTERPRISE)) {
			page = inspections.findByEnterpriseId(me.requireEnterpriseId(), pageable);
		}
		else if (me.is(Role.REVIEW_ORG)) {
			long org = me.requireOrganizationId();
			if (status != null) {
				page = inspections.findByReviewOrgIdAndStatus(org, status, pageable);
			}
			else {
				page = pageable.getSort().isSorted() ? inspections.findByReviewOrgId(org, pageable)
						: inspections.pageForReviewOrg(org, pageable);
			}
		}
		else {
			throw new ForbiddenException("error.forbidden");
		}
		List<InspectionView> shown = views.of(page.getContent(), me);
		return new org.springframework.data.domain.PageImpl<>(shown, pageable, page.getTotalElements());
	}

	@Transactional(readOnly = true)
	public InspectionView get(long id, PlatformPrincipal me) {
		return views.of(visible(id, me), me);
	}

	/** The inspection with its certificate and organisation names, for the pages. */
	@Transactional(readOnly = true)
	public InspectionDetails details(long id, PlatformPrincipal me) {
		Inspection inspection = visible(id, me);
		CertificateView certificate = certificate(inspection);
		return new InspectionDetails(views.of(inspection, me), certificate, orgName(certificate.reviewOrgId()),
				certificate.consultingOrgId() == null ? null : orgName(certificate.consultingOrgId()));
	}

	/** Both inspections of a certificate, for the association and for tests; no caller scoping. */
	@Transactional(readOnly = true)
	public List<InspectionView> ofCertificate(long certificateId) {
		return views.of(inspections.findByCertificateIdOrderByYear(certificateId), null);
	}

	// ---------------------------------------------------------------- scheduling

	/** Creates the two inspections of a newly issued certificate, once (a redelivered event changes nothing). */
	public List<Long> scheduleFor(long certificateId) {
		CertificateView certificate = certificates.find(certificateId)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		Instant now = clock.instant();
		List<Long> ids = new ArrayList<>();
		for (int year = 1; year <= InspectionWindow.INSPECTIONS_PER_CERTIFICATE; year++) {
			if (inspections.existsByCertificateIdAndYear(certificateId, year)) {
				continue;
			}
			Inspection saved = inspections.saveAndFlush(Inspection.schedule(certificate, year, now));
			journal.transition(saved, "schedule", null, null, null, null,
					words("inspection.record.schedule", saved.window().words().words()), false, now);
			ids.add(saved.getId());
		}
		return ids;
	}

	// ---------------------------------------------------------------- the enterprise

	/** Step 1 of the form (下一步): the 副本 data as confirmed or changed by the enterprise, kept as a draft. */
	public InspectionView saveData(long id, CopyChanges changes, PlatformPrincipal me) {
		Inspection inspection = ownedBy(id, me);
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		openForEnterprise(inspection, me, today, now);
		keepData(inspection, changes == null ? CopyChanges.NONE : changes, today, now);
		journal.audit(inspection, "data.save", me,
				inspection.isCopyChanged() ? words("inspection.record.dataChanged", describeChanges(inspection))
						: words("inspection.record.dataUnchanged"));
		return views.of(inspection, me);
	}

	/** Uploads (or replaces) the PDF of one catalogue item (暂存); only inside the window. */
	public InspectionView uploadMaterial(long id, String code, MultipartFile upload, PlatformPrincipal me) {
		Inspection inspection = ownedBy(id, me);
		InspectionMaterialItem item = catalog.item(code)
			.orElseThrow(() -> new NotFoundException("inspection.material.unknown", code));
		Instant now = clock.instant();
		openForEnterprise(inspection, me, LocalDate.now(clock), now);
		// Checked, not bumped, at commit: a concurrent submit wins, other items' uploads do not conflict.
		entityManager.lock(inspection, LockModeType.OPTIMISTIC);
		StoredFile stored = files.store(upload, EnumSet.of(FileKind.valueOf(item.fileKind())), me.username());
		inspectionFiles.save(new InspectionFile(stored.id(), inspection.getId(), InspectionFile.Purpose.MATERIAL, now));
		inspection.upload(code, stored.id(), stored.originalName(), now, me.username()).ifPresent(old -> {
			inspectionFiles.deleteById(old);
			files.delete(old);
		});
		journal.audit(inspection, "material.upload", me,
				words("inspection.record.materialUploaded", item.title(), stored.originalName()));
		try {
			inspections.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// the same item's first upload, twice at once: (inspection, code) is unique
			throw new ConflictException("error.concurrentChange");
		}
		return views.of(inspection, me);
	}

	/**
	 * Submits the inspection to the certificate's review organisation (OPEN → SUBMITTED), only inside the window.
	 * {@code changes} are the changed 副本 fields ({@link CopyChanges#NONE} for none); null submits the data saved
	 * with {@link #saveData} (or the certificate's data when nothing was saved). Valid data refused only for
	 * missing materials is kept, so that the materials list then asks for the change documents.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public InspectionView submit(long id, CopyChanges changes, PlatformPrincipal me) {
		Inspection inspection = ownedBy(id, me);
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		openForEnterprise(inspection, me, today, now);
		CopyChanges data = changes != null ? changes
				: inspection.getProposed().map(CopyChanges::of).orElse(CopyChanges.NONE);
		keepData(inspection, data, today, now);
		InspectionStatus from = inspection.getStatus();
		inspection.submit(catalog.items(), now);
		journal.transition(inspection, "submit", from, me, null, null,
				inspection.isCopyChanged() ? words("inspection.record.submitChanged", describeChanges(inspection))
						: words("inspection.record.submitUnchanged"),
				true, now);
		return views.of(inspection, me);
	}

	/** Answers a failed review with one RAR file (RECTIFICATION → SUBMITTED), to be reviewed again. */
	public InspectionView rectify(long id, MultipartFile upload, PlatformPrincipal me) {
		Inspection inspection = ownedBy(id, me);
		Instant now = clock.instant();
		StoredFile stored = inspection.rectify(() -> files.store(upload, EnumSet.of(FileKind.RAR), me.username()),
				certificateHeld(inspection), now);
		inspectionFiles.save(new InspectionFile(stored.id(), inspection.getId(), InspectionFile.Purpose.RECTIFICATION,
				now));
		journal.transition(inspection, "rectify", InspectionStatus.RECTIFICATION, me, null, stored.id(),
				words("inspection.record.rectify", stored.originalName()), true, now);
		return views.of(inspection, me);
	}

	// ---------------------------------------------------------------- the review organisation

	/** Stores a review report PDF for a later pass/fail of this inspection; returns its file id. */
	public UUID uploadReport(long id, MultipartFile upload, PlatformPrincipal me) {
		Inspection inspection = reviewedBy(id, me);
		inspection.requireUnderReview(certificateHeld(inspection));
		return storeReport(inspection, upload, me);
	}

	private UUID storeReport(Inspection inspection, MultipartFile upload, PlatformPrincipal me) {
		Instant now = clock.instant();
		StoredFile stored = files.store(upload, EnumSet.of(FileKind.PDF), me.username());
		inspectionFiles.save(new InspectionFile(stored.id(), inspection.getId(), InspectionFile.Purpose.REPORT, now));
		journal.audit(inspection, "report.upload", me, words("inspection.record.reportUploaded", stored.originalName()));
		return stored.id();
	}

	/**
	 * SUBMITTED → PASSED. When the enterprise changed its 副本 data, the electronic certificate takes it over (its
	 * PDFs show the new data) and the enterprise is told to exchange the paper certificate (manual 4.2).
	 */
	public InspectionView pass(long id, ReviewDecision decision, PlatformPrincipal me) {
		return decide(id, decision, null, true, me);
	}

	/** The same with the report uploaded at once (the review page's form). */
	public InspectionView pass(long id, ReviewDecision decision, MultipartFile report, PlatformPrincipal me) {
		return decide(id, decision, report, true, me);
	}

	/** SUBMITTED → RECTIFICATION with the opinion (required) and an optional report. */
	public InspectionView fail(long id, ReviewDecision decision, PlatformPrincipal me) {
		return decide(id, decision, null, false, me);
	}

	/** The same with the report uploaded at once (the review page's form). */
	public InspectionView fail(long id, ReviewDecision decision, MultipartFile report, PlatformPrincipal me) {
		return decide(id, decision, report, false, me);
	}

	private InspectionView decide(long id, ReviewDecision decision, MultipartFile upload, boolean passed,
			PlatformPrincipal me) {
		Inspection inspection = reviewedBy(id, me);
		checkVersion(inspection, decision);
		Supplier<UUID> report = () -> upload != null && !upload.isEmpty() ? storeReport(inspection, upload, me)
				: report(inspection, decision);
		boolean held = certificateHeld(inspection);
		Instant now = clock.instant();
		if (passed) {
			inspection.pass(decision.opinion(), report, held, now);
			if (inspection.isCopyChanged()) {
				certificateManagement.updateCopy(inspection.getCertificateId(), inspection.getProposed().orElseThrow(), me);
			}
			journal.transition(inspection, "pass", InspectionStatus.SUBMITTED, me, inspection.getOpinion(),
					inspection.getReportFileId(),
					inspection.isCopyChanged() ? words("inspection.record.passChanged", describeChanges(inspection))
							: words("inspection.record.pass"),
					true, now);
		}
		else {
			inspection.fail(decision.opinion(), report, held, now);
			journal.transition(inspection, "fail", InspectionStatus.SUBMITTED, me, inspection.getOpinion(),
					inspection.getReportFileId(),
					words("inspection.record.fail", inspection.getOpinion()), true, now);
		}
		return views.of(inspection, me);
	}

	// ---------------------------------------------------------------- helpers

	private Inspection visible(long id, PlatformPrincipal me) {
		if (me == null) {
			throw new NotFoundException("error.notFound");
		}
		return switch (me.role()) {
			case ENTERPRISE -> ownedBy(id, me);
			case REVIEW_ORG -> reviewedBy(id, me);
			case ADMIN -> inspections.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
			default -> throw new ForbiddenException("error.forbidden");
		};
	}

	private Inspection ownedBy(long id, PlatformPrincipal me) {
		if (!me.is(Role.ENTERPRISE)) {
			throw new ForbiddenException("error.forbidden");
		}
		return inspections.findByIdAndEnterpriseId(id, me.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	private Inspection reviewedBy(long id, PlatformPrincipal me) {
		if (!me.is(Role.REVIEW_ORG)) {
			throw new ForbiddenException("error.forbidden");
		}
		return inspections.findByIdAndReviewOrgId(id, me.requireOrganizationId())
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	/** The window guard, with the certificate's own status as the final word (it may have been revoked just now). */
	private void openForEnterprise(Inspection inspection, PlatformPrincipal me, LocalDate today, Instant now) {
		InspectionStatus before = inspection.getStatus();
		if (inspection.requireOpenOn(today, certificateHeld(inspection), now)) {
			journal.transition(inspection, "open", before, null, null, null,
					words("inspection.record.open", inspection.window().words().words()), false, now);
		}
	}

	/** The certificate's status now, which the inspection's own flag may not know yet (revoked a moment ago). */
	private boolean certificateHeld(Inspection inspection) {
		return certificate(inspection).status().held();
	}

	private void keepData(Inspection inspection, CopyChanges changes, LocalDate today, Instant now) {
		CopyData current = certificate(inspection).copy();
		CopyData proposed = CopyDataRules.normalize(changes).applyTo(current);
		CopyDataRules.validate(current, proposed, today, unitTypes::offers);
		inspection.saveData(current, proposed, CopyDataRules.differ(current, proposed), now);
	}

	private UUID report(Inspection inspection, ReviewDecision decision) {
		UUID fileId = decision.reportFileId();
		if (fileId == null) {
			return null;
		}
		return inspectionFiles.findById(fileId)
			.filter(f -> f.getInspectionId() == inspection.getId() && f.getPurpose() == InspectionFile.Purpose.REPORT)
			.map(InspectionFile::getFileId)
			.orElseThrow(() -> new InvalidInputException("reportFileId", "inspection.report.unknown"));
	}

	private static void checkVersion(Inspection inspection, ReviewDecision decision) {
		if (decision.version() != null && decision.version() != inspection.getVersion()) {
			throw new ConflictException("error.concurrentChange");
		}
	}

	private CertificateView certificate(Inspection inspection) {
		return certificates.find(inspection.getCertificateId())
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	private String orgName(long id) {
		return organizations.find(id).map(OrganizationView::name).orElse("—");
	}

	private String describeChanges(Inspection inspection) {
		return journal.changes(
				CopyDataRules.changes(inspection.getBaseline().orElseThrow(), inspection.getProposed().orElseThrow()));
	}
}
