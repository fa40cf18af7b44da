package org.cciais.platform.account.internal;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries, pages and API alike. Scripts only from our own files (no inline script, no
 * event-handler attribute: they live in {@code static/js}); inline styles stay allowed for Bootstrap's and the
 * templates' {@code style} attributes. Framing only by our own pages (the certificate PDF preview).
 */
final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "magnetometer=(), gyroscope=(), accelerometer=()";

	private SecurityHeaders() {
	}

	static void apply(HeadersConfigurer<HttpSecurity> headers) {
		headers.frameOptions(f -> f.sameOrigin())
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
	}
}
