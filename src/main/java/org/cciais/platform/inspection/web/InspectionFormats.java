package org.cciais.platform.inspection.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.cciais.platform.shared.PlatformClock;
import org.springframework.stereotype.Component;

/** Formats for the inspection templates ({@code ${@inspectionFormats.at(x)}}): times in Asia/Shanghai. */
@Component("inspectionFormats")
public class InspectionFormats {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(PlatformClock.ZONE);

	public String at(Instant instant) {
		return instant == null ? "—" : MINUTES.format(instant);
	}
}
