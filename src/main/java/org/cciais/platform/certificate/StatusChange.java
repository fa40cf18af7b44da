package org.cciais.platform.certificate;

import java.time.Instant;

import org.cciais.platform.shared.Role;

/**
 * One entry of a certificate's status history.
 *
 * @param status the status entered
 * @param reason why, in Chinese (may be null for the issuance)
 * @param actor username, or "system" for scheduled jobs and events
 * @param role the actor's role, null for the system
 * @param at when
 */
public record StatusChange(CertificateStatus status, String reason, String actor, Role role, Instant at) {
}
