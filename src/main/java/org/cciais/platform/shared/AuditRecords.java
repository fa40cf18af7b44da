package org.cciais.platform.shared;

import java.util.List;

/**
 * Several {@link AuditRecord}s of one transaction, stored together (a batch of a deadline job): still one entry per
 * fact, written in one round trip instead of one per fact.
 */
public record AuditRecords(List<AuditRecord> records) {

	public AuditRecords {
		records = List.copyOf(records);
	}
}
