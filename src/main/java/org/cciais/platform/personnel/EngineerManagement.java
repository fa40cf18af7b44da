package org.cciais.platform.personnel;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.cciais.platform.personnel.ImportReport.RowProblem;
import org.cciais.platform.personnel.internal.Engineer;
import org.cciais.platform.personnel.internal.EngineerCsv;
import org.cciais.platform.personnel.internal.EngineerRepository;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.CreditCodes;
import org.cciais.platform.shared.IdNumbers;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PersonalDataCipher;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's 工程师登记: registers engineers one by one or from a CSV file, lists them (masked) and shows a
 * full 身份证号 to the ADMIN on request, recording that view in the audit log.
 */
@Service
@Transactional
public class EngineerManagement {

	/** More rows than this belong in several files: the whole file is validated in one transaction. */
	public static final int MAX_IMPORT_ROWS = 5000;

	private final EngineerRepository repository;
	private final PersonalDataCipher cipher;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;

	EngineerManagement(EngineerRepository repository, PersonalDataCipher cipher, ApplicationEventPublisher events,
			MessageSource messages, Clock clock) {
		this.repository = repository;
		this.cipher = cipher;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** Registers one engineer; 400 naming every invalid field, 409 for a 身份证号 or number already registered. */
	public EngineerView register(NewEngineer engineer, PlatformPrincipal admin) {
		Checked checked = check(engineer);
		if (!checked.problems().isEmpty()) {
			var collector = new InvalidInputException.Collector();
			checked.problems().forEach(p -> collector.reject(p.field(), p.messageKey()));
			collector.throwIfAny();
		}
		if (repository.existsByIdNumberHash(checked.idHash())) {
			throw new DuplicateEngineerException("idNumber", "personnel.engineer.idNumber.taken");
		}
		if (repository.existsByCertificateNumber(checked.certificateNumber())) {
			throw new DuplicateEngineerException("certificateNumber", "personnel.engineer.certificateNumber.taken");
		}
		return save(checked, admin, "登记工程师");
	}

	/**
	 * Imports a UTF-8 CSV with the header {@code idNumber,name,certificateNumber,recommendingCreditCode,
	 * hasCapabilityCertificate}: every row is checked (also against the other rows); if any is refused, nothing is
	 * registered and the report lists each refused row.
	 */
	public ImportReport importCsv(InputStream csv, PlatformPrincipal admin) throws IOException {
		EngineerCsv.Parsed parsed = EngineerCsv.parse(csv, MAX_IMPORT_ROWS);
		List<RowProblem> problems = new ArrayList<>();
		parsed.fileProblems().forEach(key -> problems.add(new RowProblem(1, null, text(key))));
		List<Checked> valid = new ArrayList<>();
		Set<String> idsInFile = new HashSet<>();
		Set<String> numbersInFile = new HashSet<>();
		for (EngineerCsv.Row row : parsed.rows()) {
			if (row.unreadableBoolean()) {
				problems.add(new RowProblem(row.line(), "hasCapabilityCertificate",
						text("personnel.engineer.capability.format")));
			}
			Checked checked = check(row.engineer());
			checked.problems().forEach(p -> problems.add(new RowProblem(row.line(), p.field(), text(p.messageKey()))));
			if (!checked.problems().isEmpty() || row.unreadableBoolean()) {
				continue;
			}
			if (!idsInFile.add(checked.idHash())) {
				problems.add(new RowProblem(row.line(), "idNumber", text("personnel.import.idNumber.repeated")));
			}
			else if (repository.existsByIdNumberHash(checked.idHash())) {
				problems.add(new RowProblem(row.line(), "idNumber", text("personnel.engineer.idNumber.taken")));
			}
			if (!numbersInFile.add(checked.certificateNumber())) {
				problems.add(new RowProblem(row.line(), "certificateNumber",
						text("personnel.import.certificateNumber.repeated")));
			}
			else if (repository.existsByCertificateNumber(checked.certificateNumber())) {
				problems.add(new RowProblem(row.line(), "certificateNumber",
						text("personnel.engineer.certificateNumber.taken")));
			}
			valid.add(checked);
		}
		if (parsed.rows().isEmpty() && problems.isEmpty()) {
			problems.add(new RowProblem(1, null, text("personnel.import.empty")));
		}
		if (!problems.isEmpty()) {
			return new ImportReport(parsed.rows().size(), 0, problems);
		}
		valid.forEach(checked -> save(checked, admin, "批量导入工程师"));
		return new ImportReport(parsed.rows().size(), valid.size(), List.of());
	}

	/** Sortable columns of the engineer registry; unsorted, the newest first (as it always was). */
	public static final Sortable SORT = Sortable.by(Sort.by(Sort.Order.desc("id")))
		.field("id")
		.field("name")
		.field("certificateNumber")
		.field("recommendingCreditCode");

	/**
	 * All engineers, or those whose name or certificate number contains the text, or whose 身份证号 it is; one page
	 * in the database (newest first unless sorted otherwise, see {@link #SORT}).
	 */
	@Transactional(readOnly = true)
	public Page<EngineerView> search(String text, Pageable pageable) {
		String query = text == null ? "" : text.trim();
		Page<Engineer> found = query.isEmpty() ? repository.findAll(pageable)
				: repository.searchPage(likeEscaped(query), likeEscaped(query.toUpperCase(Locale.ROOT)),
						cipher.hash(IdNumbers.normalize(query)), pageable);
		return found.map(this::view);
	}

	@Transactional(readOnly = true)
	public Optional<EngineerView> find(long id) {
		return repository.findById(id).map(this::view);
	}

	/** The full 身份证号 for the association; each such view is written to the audit log. */
	public String revealIdNumber(long id, PlatformPrincipal admin) {
		Engineer engineer = repository.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		events.publishEvent(AuditRecord.of(admin, "personnel.engineer.reveal", "engineer", id,
				"查看完整身份证号：" + engineer.getName()));
		return cipher.decrypt(engineer.getIdNumberEncrypted());
	}

	private EngineerView save(Checked c, PlatformPrincipal admin, String what) {
		Engineer saved = repository.save(new Engineer(cipher.encrypt(c.idNumber()), c.idHash(), c.name(),
				c.certificateNumber(), c.creditCode(), c.capability(), clock.instant()));
		events.publishEvent(AuditRecord.of(admin, "personnel.engineer.register", "engineer", saved.getId(),
				what + " " + c.name() + "（" + IdNumbers.mask(c.idNumber()) + "，证书 " + c.certificateNumber() + "）"));
		return saved.toView(IdNumbers.mask(c.idNumber()));
	}

	EngineerView view(Engineer e) {
		return e.toView(IdNumbers.mask(cipher.decrypt(e.getIdNumberEncrypted())));
	}

	private record Problem(String field, String messageKey) {
	}

	private record Checked(String idNumber, String idHash, String name, String certificateNumber, String creditCode,
			boolean capability, List<Problem> problems) {
	}

	private Checked check(NewEngineer e) {
		List<Problem> problems = new ArrayList<>();
		String id = IdNumbers.normalize(e.idNumber());
		if (id == null || id.isEmpty()) {
			problems.add(new Problem("idNumber", "personnel.idNumber.required"));
		}
		else if (!IdNumbers.isValid(id)) {
			problems.add(new Problem("idNumber", "personnel.idNumber.invalid"));
		}
		String name = e.name() == null ? "" : e.name().trim();
		if (name.isEmpty() || name.length() > 50) {
			problems.add(new Problem("name", "personnel.engineer.name.required"));
		}
		String number = e.certificateNumber() == null ? "" : e.certificateNumber().trim().toUpperCase(Locale.ROOT);
		if (!number.matches("[A-Z0-9-]{4,64}")) {
			problems.add(new Problem("certificateNumber", "personnel.engineer.certificateNumber.format"));
		}
		String code = e.recommendingCreditCode() == null ? "" : e.recommendingCreditCode().trim().toUpperCase(Locale.ROOT);
		if (!CreditCodes.isValid(code)) {
			problems.add(new Problem("recommendingCreditCode", "personnel.engineer.creditCode.invalid"));
		}
		if (e.hasCapabilityCertificate() == null) {
			problems.add(new Problem("hasCapabilityCertificate", "personnel.engineer.capability.required"));
		}
		boolean ok = problems.isEmpty();
		return new Checked(id, ok ? cipher.hash(id) : null, name, number, code,
				Boolean.TRUE.equals(e.hasCapabilityCertificate()), problems);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
