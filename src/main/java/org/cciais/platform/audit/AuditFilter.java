package org.cciais.platform.audit;

import java.time.Instant;

import org.cciais.platform.shared.Role;

/**
 * What the 操作日志 is searched by; a null (or blank) field does not narrow. {@code action} matches a whole module
 * and its family as a prefix ({@code account.} a module, {@code account.password} its password actions), {@code from} is inclusive and {@code to} exclusive.
 */
public record AuditFilter(String actor, Role role, String action, String objectType, String objectId, Instant from,
		Instant to) {

	public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null, null);
}
