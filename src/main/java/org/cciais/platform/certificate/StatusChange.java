package org.cciais.platform.certificate;

import java.time.Instant;

import org.cciais.platform.shared.LocalText;
import org.cciais.platform.shared.Role;

/**
 * One entry of a certificate's status history.
 *
 * @param status the status entered
 * @param reason why, in the reader's language: the platform's own words (颁发证书, 协会撤销：…) translated, what a
 * person typed as typed; null for none
 * @param actor username, or "system" for scheduled jobs and events
 * @param role the actor's role, null for the system
 * @param at when
 */
public record StatusChange(CertificateStatus status, LocalText reason, String actor, Role role, Instant at) {
}
