package org.cciais.platform.account;

import java.time.Instant;

import org.cciais.platform.shared.Role;

/** A freshly issued API bearer token; the raw value is shown once and stored only hashed. */
public record TokenGrant(String token, Instant expiresAt, Role role) {
}
