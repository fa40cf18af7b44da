package org.cciais.platform.application.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReuseWindows extends JpaRepository<ReuseWindow, Long> {
}
