package org.cciais.platform.account.internal;

import java.util.Map;

import org.cciais.platform.shared.web.ProblemWriter;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Two filter chains: the stateless REST API under {@code /api/**} (bearer tokens, problem+json, no CSRF since no
 * cookies authenticate it) and the pages (form log-in with a session in the database, CSRF on). Fine-grained rules
 * live on the controllers as {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_API = { "/api/v1/auth/token", "/api/v1/reference/**", "/api/v1/registrations/**",
			"/api/v1/certificates/verify", "/api/v1/notices/**", "/api/v1/password-reset/**" };

	static final String[] PUBLIC_PAGES = { "/", "/login", "/register/**", "/verify/**", "/notices/**",
			"/password-reset/**", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
			"/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	/** Delegating (hashes carry their {@code {id}}), BCrypt for new ones at the configured cost. */
	@Bean
	PasswordEncoder passwordEncoder(PasswordProperties properties) {
		return new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(properties.bcryptStrength())));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, TokenAuthenticator tokens, MessageSource messages) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_API)
				.permitAll()
				.requestMatchers("/api/v1/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens, messages), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> ProblemWriter.write(req, res, 401, messages, "error.unauthenticated"))
				.accessDeniedHandler((req, res, ex) -> ProblemWriter.write(req, res, 403, messages, "error.accessDenied")))
			.headers(SecurityHeaders::apply);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
		// The failure that reaches the limit already shows the lock message, not only the next attempt.
		AuthenticationFailureHandler failure = (request, response, ex) -> response.sendRedirect(
				request.getContextPath() + LoginThrottleFilter.target(
						throttle.check(request.getParameter("username"), request.getRemoteAddr())));
		// The log-in redirect stays relative: never built from the Host or X-Forwarded-Host header.
		LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
		toLogin.setFavorRelativeUris(true);
		http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/portal", true).failureHandler(failure)
				.permitAll())
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
			.exceptionHandling(e -> e.authenticationEntryPoint(toLogin))
			.csrf(csrf -> csrf.csrfTokenRepository(new NoSessionForRefusedRequests()))
			.headers(SecurityHeaders::apply);
		return http.build();
	}
}
