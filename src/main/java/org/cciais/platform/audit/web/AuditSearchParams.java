package org.cciais.platform.audit.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.cciais.platform.audit.AuditFilter;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.DateRanges;
import org.cciais.platform.shared.web.FilterErrors;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The filters of the 操作日志 as sent in the query string ({@code ?actor=&role=&action=&objectType=&objectId=&from=&to=}),
 * bound as one model attribute by the page and the API, for the list and its export alike. The role and the dates
 * stay text until {@link #filter} reads them: a value that cannot be read is then a 400 naming its field (the API),
 * or its message beside the field with the form as typed (the page).
 */
@ParameterObject
public record AuditSearchParams(@Parameter(description = "操作人登录名 / login name of the actor") String actor,
		@Parameter(description = "操作人角色 / role of the actor", schema = @Schema(implementation = Role.class)) String role,
		@Parameter(description = "操作代码，前缀匹配（account. 为整个模块） / action code, a prefix") String action,
		@Parameter(description = "对象类型 / object type") String objectType,
		@Parameter(description = "对象编号 / object id") String objectId,
		@Parameter(description = "开始日期（含），如 2026-12-01 或 2026-12-01T09:00:00+08:00 / from, inclusive") String from,
		@Parameter(description = "结束日期（含当天），如 2026-12-31 / to, that whole day included") String to) {

	/** The filter; a role or a date that cannot be read is a 400 naming its field. */
	public AuditFilter filter() {
		return new AuditFilter(actor, parsedRole(), action, objectType, objectId, DateRanges.from(from),
				DateRanges.to(to));
	}

	/** The filter, a role or a date that cannot be read left out and its message kept in {@code errors}. */
	AuditFilter filter(FilterErrors errors) {
		return new AuditFilter(actor, errors.checked(this::parsedRole), action, objectType, objectId,
				errors.checked(() -> DateRanges.from(from)), errors.checked(() -> DateRanges.to(to)));
	}

	/** As the binder read an enum parameter before (trimmed, blank for none), with the same refusal. */
	private Role parsedRole() {
		if (role == null || role.isBlank()) {
			return null;
		}
		try {
			return Role.valueOf(role.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("role", "error.typeMismatch", "role");
		}
	}
}
