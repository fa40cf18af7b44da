package org.cciais.platform.shared;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the module events whose handling failed, or was cut short by a node that died, to their listeners again,
 * once per cluster (ShedLock), for those published more than {@code cciais.events.resubmit-after} ago. On start-up a
 * node resubmits them too ({@code spring.modulith.events.republish-outstanding-events-on-restart}); this job covers
 * the nodes that keep running. The listeners are idempotent (a notification is stored once per reference key and
 * account, a mail once per notification), so an event handled again changes nothing.
 */
@Component
class EventResubmission {

	private final IncompleteEventPublications incomplete;
	private final Duration after;

	EventResubmission(IncompleteEventPublications incomplete,
			@Value("${cciais.events.resubmit-after:PT5M}") Duration after) {
		this.incomplete = incomplete;
		this.after = after;
	}

	@Scheduled(cron = "${cciais.events.resubmit-cron:0 */5 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT10M")
	public void resubmit() {
		incomplete.resubmitIncompletePublicationsOlderThan(after);
	}
}
