package org.cciais.platform.application.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cciais.platform.shared.PlatformClock;

/**
 * The multi-industry window of an enterprise (manual 3.4.3, 同时申请多行业).
 * <p>
 * Rule as implemented: the window opens on the local date (Asia/Shanghai) D of the enterprise's first full
 * materials submission and covers the calendar days D … D+30, both inclusive ("day 30" is the last day; the
 * manual's example: submitted 2017-07-15 → only the non-overlapping items until before 2017-08-15, i.e. through
 * 2017-08-14; from 2017-08-15, "day 31", everything again). Another application of the enterprise whose materials
 * are submitted on a day the window covers needs only its industry-specific items (catalogue {@code shared=false});
 * its shared items are links to the files of the window's source application. A full submission on a day the window
 * no longer covers (or when there is none yet) opens a new window from that submission; a full submission inside
 * a covering window does not move it.
 */
@Entity
@Table(name = "application_reuse_windows")
public class ReuseWindow {

	/** Days after D on which shared items may still be reused (inclusive). */
	public static final int DAYS = 30;

	@Id
	@Column(name = "enterprise_id")
	private Long enterpriseId;

	@Column(name = "source_application_id", nullable = false)
	private long sourceApplicationId;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "opened_on", nullable = false)
	private LocalDate openedOn;

	@Version
	private long version;

	protected ReuseWindow() {
	}

	public ReuseWindow(long enterpriseId, long sourceApplicationId, Instant at) {
		this.enterpriseId = enterpriseId;
		restart(sourceApplicationId, at);
	}

	/** A new full submission after the window ended. */
	public void restart(long sourceApplicationId, Instant at) {
		this.sourceApplicationId = sourceApplicationId;
		this.openedAt = at;
		this.openedOn = LocalDate.ofInstant(at, PlatformClock.ZONE);
	}

	public boolean covers(Instant at) {
		return !LocalDate.ofInstant(at, PlatformClock.ZONE).isAfter(lastDay());
	}

	/** D + 30 days, the last day (inclusive) of reuse. */
	public LocalDate lastDay() {
		return openedOn.plusDays(DAYS);
	}

	public long getEnterpriseId() {
		return enterpriseId;
	}

	public long getSourceApplicationId() {
		return sourceApplicationId;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public LocalDate getOpenedOn() {
		return openedOn;
	}
}
