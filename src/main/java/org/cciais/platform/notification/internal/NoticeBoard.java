package org.cciais.platform.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.storage.FileKind;
import org.cciais.platform.storage.FileStore;
import org.cciais.platform.storage.StoredFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The association's public notices (通知公告): ADMIN writes, edits, pins, publishes / withdraws, attaches a PDF to and
 * deletes them; the public reads the published ones whose publish date has come (by the platform clock), pinned
 * first then newest. Every change is audited.
 */
@Service
@Transactional
public class NoticeBoard {

	/**
	 * @param attachment the PDF attached to the notice, null when none (downloaded from
	 * {@code /api/v1/notices/{id}/attachment}, or the admin's {@code /api/v1/admin/notices/{id}/attachment})
	 */
	public record NoticeView(long id, String title, String body, Instant publishedAt, String createdBy,
			Notice.Status status, boolean pinned, long version, Attachment attachment) {

		/** Whether the public sees it at {@code now}. */
		public boolean visibleAt(Instant now) {
			return status == Notice.Status.PUBLISHED && !publishedAt.isAfter(now);
		}
	}

	/** The attachment's file name (always ending in .pdf) and size in bytes. */
	public record Attachment(String name, long size) {
	}

	/** An attachment ready to stream out: the body is read from the store as it is sent, never held in memory. */
	public record Download(String name, String contentType, long size, Resource content) {
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
	static final int MAX_PAGE_SIZE = 500;

	/** Pinned first, then newest (by publish date, then by creation). */
	private static final Sort ORDER = Sort.by(Sort.Order.desc("pinned"), Sort.Order.desc("publishedAt"),
			Sort.Order.desc("id"));

	private final NoticeRepository repository;
	private final ApplicationEventPublisher events;
	private final FileStore files;
	private final Clock clock;

	NoticeBoard(NoticeRepository repository, ApplicationEventPublisher events, FileStore files, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.files = files;
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

	/** Creates the notice and, when a file is given, attaches it in the same transaction (a refused file keeps none). */
	public NoticeView create(NoticeInput input, MultipartFile attachment, PlatformPrincipal admin) {
		NoticeView created = create(input, admin);
		return attachment == null || attachment.isEmpty() ? created : attach(created.id(), attachment, admin);
	}

	/** Edits the notice and, when a file is given, replaces its attachment in the same transaction. */
	public NoticeView edit(long id, NoticeInput input, MultipartFile attachment, PlatformPrincipal admin) {
		NoticeView edited = edit(id, input, admin);
		return attachment == null || attachment.isEmpty() ? edited : attach(id, attachment, admin);
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

	/**
	 * 发布 / 撤回 (back to draft). Publishing a draft whose publish date has passed makes it public now (its date
	 * becomes now, so it sorts as new); a future publish date is kept and the notice appears then. Idempotent.
	 */
	public NoticeView setPublished(long id, boolean published, PlatformPrincipal admin) {
		Notice notice = editable(id);
		boolean wasPublished = notice.getStatus() == Notice.Status.PUBLISHED;
		if (wasPublished == published) {
			return notice.toView();
		}
		Instant now = clock.instant();
		String before = notice.describe();
		notice.publish(published, now);
		repository.saveAndFlush(notice);
		events.publishEvent(AuditRecord.of(admin, published ? "notice.publish" : "notice.unpublish", "notice", id,
				notice.getTitle() + " | before: " + before + " | after: " + notice.describe()));
		return notice.toView();
	}

	/**
	 * Attaches a PDF (or replaces the attachment), checked by its content and size by the file store (415 / 413
	 * with a Chinese message otherwise; nothing is kept then).
	 */
	public NoticeView attach(long id, MultipartFile upload, PlatformPrincipal admin) {
		Notice notice = editable(id);
		StoredFile stored = files.store(upload, EnumSet.of(FileKind.PDF), admin == null ? "system" : admin.username());
		UUID old = notice.attach(stored.id(), stored.originalName(), stored.size(), clock.instant());
		files.delete(old);
		repository.saveAndFlush(notice);
		events.publishEvent(AuditRecord.of(admin, "notice.attach", "notice", id,
				notice.getTitle() + " | 附件：" + stored.originalName()));
		return notice.toView();
	}

	/** Removes the attachment (its file is deleted); 404 when the notice has none. */
	public NoticeView detach(long id, PlatformPrincipal admin) {
		Notice notice = editable(id);
		String name = notice.toView().attachment() == null ? null : notice.toView().attachment().name();
		UUID old = notice.detach(clock.instant());
		if (old == null) {
			throw new NotFoundException("error.notFound");
		}
		files.delete(old);
		repository.saveAndFlush(notice);
		events.publishEvent(AuditRecord.of(admin, "notice.detach", "notice", id,
				notice.getTitle() + " | 删除附件：" + name));
		return notice.toView();
	}

	/** The attachment of a notice the public may see now; empty for drafts, future notices and none attached. */
	@Transactional(readOnly = true)
	public Optional<Download> publicAttachment(long id) {
		Instant now = clock.instant();
		return repository.findById(id).filter(n -> n.isPublicAt(now)).flatMap(this::download);
	}

	/** The attachment of any notice, for the association's editors. */
	@Transactional(readOnly = true)
	public Optional<Download> editorAttachment(long id) {
		return repository.findById(id).flatMap(this::download);
	}

	private Optional<Download> download(Notice notice) {
		return files.find(notice.getAttachmentFileId())
			.map(f -> new Download(f.originalName(), f.contentType(), f.size(), files.open(f.id())));
	}

	public void delete(long id, PlatformPrincipal admin) {
		Notice notice = repository.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		files.delete(notice.getAttachmentFileId());
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

	/** A page of the public notices (published, publish date reached), pinned first then newest. */
	@Transactional(readOnly = true)
	public Page<NoticeView> publicPage(int page, int size) {
		return repository
			.findByStatusAndPublishedAtLessThanEqual(Notice.Status.PUBLISHED, clock.instant(), pageRequest(page, size))
			.map(Notice::toView);
	}

	/** A page of every notice for the association's editors (drafts and future ones included), pinned first. */
	@Transactional(readOnly = true)
	public Page<NoticeView> editorPage(int page, int size) {
		return repository.findAll(pageRequest(page, size)).map(Notice::toView);
	}

	private static PageRequest pageRequest(int page, int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "paging.page.invalid");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "paging.size.invalid", MAX_PAGE_SIZE);
		}
		return PageRequest.of(page, size, ORDER);
	}

	private Notice editable(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	/** One notice as the public may see it: drafts and future notices are not found. */
	@Transactional(readOnly = true)
	public Optional<NoticeView> find(long id) {
		Instant now = clock.instant();
		return repository.findById(id).filter(n -> n.isPublicAt(now)).map(Notice::toView);
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
