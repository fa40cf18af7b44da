package org.cciais.platform.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's public notices (通知公告): ADMIN writes, edits, pins and deletes them; the public reads the
 * published ones whose publish date has come, pinned first then newest.
 */
@Service
@Transactional
public class NoticeBoard {

	public record NoticeView(long id, String title, String body, Instant publishedAt, String createdBy,
			Notice.Status status, boolean pinned, long version) {

		/** Whether the public sees it at {@code now}. */
		public boolean visibleAt(Instant now) {
			return status == Notice.Status.PUBLISHED && !publishedAt.isAfter(now);
		}
	}

	/**
	 * What the ADMIN enters: {@code publishAt} null means now; {@code version} null means "do not check" (the
	 * version the editor saw otherwise, so a concurrent edit answers 409).
	 */
	public record NoticeInput(String title, String body, boolean published, boolean pinned, Instant publishAt,
			Long version) {

		public static NoticeInput publishedNow(String title, String body) {
			return new NoticeInput(title, body, true, false, null, null);
		}
	}

	static final int MAX_TITLE = 200;
	static final int MAX_BODY = 10000;

	private final NoticeRepository repository;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	NoticeBoard(NoticeRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/** Publishes a notice now (kept for the demo data and the simple API call). */
	public NoticeView publish(String title, String body, PlatformPrincipal admin) {
		return create(NoticeInput.publishedNow(title, body), admin);
	}

	public NoticeView create(NoticeInput input, PlatformPrincipal admin) {
		validate(input);
		Notice notice = repository.save(new Notice(input.title().trim(), input.body().strip(), status(input),
				input.pinned(), publishAt(input), admin == null ? "system" : admin.username()));
		audit(admin, input.published() ? "notice.publish" : "notice.draft", notice);
		return notice.toView();
	}

	public NoticeView edit(long id, NoticeInput input, PlatformPrincipal admin) {
		Notice notice = repository.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		validate(input);
		if (input.version() != null && input.version() != notice.getVersion()) {
			throw new ConflictException("notice.conflict");
		}
		String before = notice.describe();
		notice.edit(input.title().trim(), input.body().strip(), status(input), input.pinned(), publishAt(input),
				clock.instant());
		repository.saveAndFlush(notice);
		events.publishEvent(AuditRecord.of(admin, "notice.edit", "notice", id,
				notice.getTitle() + " | before: " + before + " | after: " + notice.describe()));
		return notice.toView();
	}

	public void delete(long id, PlatformPrincipal admin) {
		Notice notice = repository.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		repository.delete(notice);
		events.publishEvent(AuditRecord.of(admin, "notice.delete", "notice", id, notice.getTitle()));
	}

	/** The newest public notices, pinned first. */
	@Transactional(readOnly = true)
	public List<NoticeView> latest(int count) {
		return repository
			.findByStatusAndPublishedAtLessThanEqualOrderByPinnedDescPublishedAtDescIdDesc(Notice.Status.PUBLISHED,
					clock.instant(), PageRequest.of(0, count))
			.stream()
			.map(Notice::toView)
			.toList();
	}

	/** One notice as the public may see it: drafts and future notices are not found. */
	@Transactional(readOnly = true)
	public Optional<NoticeView> find(long id) {
		Instant now = clock.instant();
		return repository.findById(id).filter(n -> n.isPublicAt(now)).map(Notice::toView);
	}

	/** Every notice for the association's editors, drafts and future ones included. */
	@Transactional(readOnly = true)
	public List<NoticeView> all(int count) {
		return repository.findByOrderByPinnedDescPublishedAtDescIdDesc(PageRequest.of(0, count))
			.stream()
			.map(Notice::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public NoticeView findForEditor(long id) {
		return repository.findById(id).map(Notice::toView).orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	@Transactional(readOnly = true)
	public boolean hasNoticeTitled(String title) {
		return repository.existsByTitle(title);
	}

	public Instant now() {
		return clock.instant();
	}

	/**
	 * Reads a publish date as entered: empty means now (null); an ISO instant ({@code 2026-12-01T01:00:00Z}) or a
	 * Beijing local time ({@code 2026-12-01T09:00} from a datetime-local field, or {@code 2026-12-01 09:00}).
	 */
	public static Instant parsePublishAt(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.trim();
		try {
			return java.time.OffsetDateTime.parse(value).toInstant();
		}
		catch (java.time.format.DateTimeParseException notOffset) {
			try {
				return java.time.LocalDateTime.parse(value.replace(' ', 'T'))
					.atZone(java.time.ZoneId.of("Asia/Shanghai"))
					.toInstant();
			}
			catch (java.time.format.DateTimeParseException invalid) {
				throw new InvalidInputException("publishAt", "notice.publishAt.invalid");
			}
		}
	}

	private static void validate(NoticeInput input) {
		var errors = new InvalidInputException.Collector();
		String title = input.title();
		String body = input.body();
		if (title == null || title.isBlank()) {
			errors.reject("title", "notice.title.required");
		}
		else if (title.trim().length() > MAX_TITLE) {
			errors.reject("title", "notice.text.tooLong", MAX_TITLE);
		}
		if (body == null || body.isBlank()) {
			errors.reject("body", "notice.body.required");
		}
		else if (body.trim().length() > MAX_BODY) {
			errors.reject("body", "notice.text.tooLong", MAX_BODY);
		}
		errors.throwIfAny();
	}

	private static Notice.Status status(NoticeInput input) {
		return input.published() ? Notice.Status.PUBLISHED : Notice.Status.DRAFT;
	}

	private Instant publishAt(NoticeInput input) {
		return input.publishAt() == null ? clock.instant() : input.publishAt();
	}

	private void audit(PlatformPrincipal admin, String action, Notice notice) {
		events.publishEvent(admin == null
				? AuditRecord.system(action, "notice", notice.getId(), notice.getTitle())
				: AuditRecord.of(admin, action, "notice", notice.getId(), notice.getTitle()));
	}
}
