package org.cciais.platform.certificate;

import java.time.Instant;
import java.util.List;

import org.cciais.platform.shared.LocalText;
import org.cciais.platform.shared.Role;
import org.springframework.context.support.DefaultMessageSourceResolvable;

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

	/**
	 * Why {@code certificate} is in its status, in the reader's language: the reason of the latest entry of its
	 * {@code history} (oldest first), or its stored Chinese text where the history does not say; null when VALID.
	 */
	public static LocalText currentReason(CertificateView certificate, List<StatusChange> history) {
		if (certificate.invalidReason() == null) {
			return null;
		}
		StatusChange last = history.isEmpty() ? null : history.get(history.size() - 1);
		if (last != null && last.status() == certificate.status() && last.reason() != null) {
			return last.reason();
		}
		return new LocalText(new DefaultMessageSourceResolvable(new String[0], null, certificate.invalidReason()));
	}
}
