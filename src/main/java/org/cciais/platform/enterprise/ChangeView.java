package org.cciais.platform.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A change application as the enterprise and the association see it: the new 副本 data, the data before, the two
 * files and the decision.
 */
public record ChangeView(long id, long enterpriseId, ChangeStatus status, String statusLabel, ChangeData data,
		ChangeData before, UUID changeProofFileId, UUID licenceFileId, Instant submittedAt, Instant decidedAt,
		String decidedBy, String opinion, long version) {
}
