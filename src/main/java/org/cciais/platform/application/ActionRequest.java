package org.cciais.platform.application;

import java.time.LocalDate;
import java.util.UUID;

/** The inputs of a workflow action (API.md); each action reads only those it takes. */
public record ActionRequest(String opinion, Long reviewerId, LocalDate onsiteDate, UUID reportFileId) {

	public static final ActionRequest EMPTY = new ActionRequest(null, null, null, null);
}
