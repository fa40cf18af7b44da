package org.cciais.platform.notification.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

	/** Public notices: published, publish date reached; pinned first, then newest. */
	List<Notice> findByStatusAndPublishedAtLessThanEqualOrderByPinnedDescPublishedAtDescIdDesc(Notice.Status status,
			Instant now, Pageable page);

	/** A page of the public notices; the order comes with the page request. */
	Page<Notice> findByStatusAndPublishedAtLessThanEqual(Notice.Status status, Instant now, Pageable page);

	boolean existsByTitle(String title);
}
