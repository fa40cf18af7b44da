package org.cciais.platform.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.cciais.platform.shared.LocalText;

/**
 * A change application as the enterprise and the association see it: the new 副本 data, the data before, the two
 * files and the decision. {@code statusLabel} is written in the reader's language.
 */
public record ChangeView(long id, long enterpriseId, ChangeStatus status, LocalText statusLabel, ChangeData data,
		ChangeData before, UUID changeProofFileId, UUID licenceFileId, Instant submittedAt, Instant decidedAt,
		String decidedBy, String opinion, long version) {
}
