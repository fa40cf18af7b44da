package org.cciais.platform.notification.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

	List<Notice> findByOrderByPublishedAtDescIdDesc(Pageable page);

	boolean existsByTitle(String title);
}
