package org.cciais.platform.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The association's public notices (通知公告): ADMIN publishes and deletes them, everyone reads them. */
@Service
@Transactional
public class NoticeBoard {

	public record NoticeView(long id, String title, String body, Instant publishedAt, String createdBy) {
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

	public NoticeView publish(String title, String body, PlatformPrincipal admin) {
		var errors = new InvalidInputException.Collector();
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
		Notice notice = repository.save(new Notice(title.trim(), body.strip(), clock.instant(),
				admin == null ? "system" : admin.username()));
		events.publishEvent(admin == null
				? AuditRecord.system("notice.publish", "notice", notice.getId(), notice.getTitle())
				: AuditRecord.of(admin, "notice.publish", "notice", notice.getId(), notice.getTitle()));
		return notice.toView();
	}

	public void delete(long id, PlatformPrincipal admin) {
		Notice notice = repository.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		repository.delete(notice);
		events.publishEvent(AuditRecord.of(admin, "notice.delete", "notice", id, notice.getTitle()));
	}

	@Transactional(readOnly = true)
	public List<NoticeView> latest(int count) {
		return repository.findByOrderByPublishedAtDescIdDesc(PageRequest.of(0, count))
			.stream()
			.map(Notice::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<NoticeView> find(long id) {
		return repository.findById(id).map(Notice::toView);
	}

	@Transactional(readOnly = true)
	public boolean hasNoticeTitled(String title) {
		return repository.existsByTitle(title);
	}
}
