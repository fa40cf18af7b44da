package org.cciais.platform.shared.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} count only when the request comes from one of the proxies
 * in {@code CCIAIS_TRUSTED_PROXIES} (comma-separated addresses or CIDR ranges, default none): Tomcat's
 * {@link RemoteIpValve} then takes the client address from the right, skipping those proxies, so the audit log
 * records the real client. A forwarded host or port is never used: absolute links come from {@code CCIAIS_BASE_URL}
 * and redirects stay relative. ({@code server.forward-headers-strategy: none} keeps Boot from adding its own.)
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxies {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> trustedProxiesValve(
			@Value("${cciais.trusted-proxies:}") String proxies) {
		String cidrs = cidrs(proxies);
		return factory -> {
			RemoteIpValve valve = new RemoteIpValve();
			valve.setInternalProxies(cidrs);
			valve.setTrustedProxies(null);
			valve.setRemoteIpHeader("X-Forwarded-For");
			valve.setProtocolHeader("X-Forwarded-Proto");
			valve.setHostHeader(null);
			valve.setPortHeader(null);
			factory.addEngineValves(valve);
		};
	}

	/** Every entry as a CIDR range (a bare address is a range of one), so Tomcat never reads them as a regex. */
	static String cidrs(String proxies) {
		String list = Arrays.stream(proxies == null ? new String[0] : proxies.split(","))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.map(s -> s.contains("/") ? s : s + (s.contains(":") ? "/128" : "/32"))
			.collect(Collectors.joining(","));
		if (list.isEmpty()) {
			return null;
		}
		// Fails the start on a malformed entry, naming it, rather than trusting nobody (or everybody) silently.
		try {
			org.apache.catalina.util.NetMaskSet.parse(list);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("CCIAIS_TRUSTED_PROXIES is not a list of addresses or CIDR ranges: "
					+ proxies + " (" + ex.getMessage() + ")", ex);
		}
		return list;
	}
}
