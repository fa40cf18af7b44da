package org.cciais.platform.shared;

/**
 * An auditable fact. Every module publishes one per state change through the {@code ApplicationEventPublisher};
 * the audit module stores it in the same transaction (append-only). Never put an unmasked 身份证号 or a password in
 * {@code detail}.
 *
 * @param actor username, or "system" for scheduled jobs, or "anonymous"
 * @param role the actor's role, null for system/anonymous
 * @param action a short code such as {@code application.accept}
 * @param objectType e.g. {@code application}
 * @param objectId the object's id as text
 * @param detail free text (Chinese), may be null
 */
public record AuditRecord(String actor, Role role, String action, String objectType, String objectId, String detail) {

	public static AuditRecord of(PlatformPrincipal who, String action, String objectType, Object objectId,
			String detail) {
		return new AuditRecord(who == null ? "anonymous" : who.username(), who == null ? null : who.role(), action,
				objectType, String.valueOf(objectId), detail);
	}

	public static AuditRecord system(String action, String objectType, Object objectId, String detail) {
		return new AuditRecord("system", null, action, objectType, String.valueOf(objectId), detail);
	}
}
