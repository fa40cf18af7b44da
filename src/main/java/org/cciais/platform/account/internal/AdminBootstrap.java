package org.cciais.platform.account.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.cciais.platform.account.PasswordPolicy;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start creates the account {@code admin}, with {@code CCIAIS_ADMIN_PASSWORD} or, without it, a random
 * password printed once in the log.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final Accounts accounts;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final String configuredPassword;
	private final boolean passwordRequired;

	AdminBootstrap(Accounts accounts, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock,
			@Value("${cciais.admin-password:}") String configuredPassword,
			@Value("${cciais.admin-password-required:false}") boolean passwordRequired) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
		this.configuredPassword = configuredPassword;
		this.passwordRequired = passwordRequired;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.existsByUsername("admin")) {
			return;
		}
		String password = configuredPassword;
		boolean generated = password == null || password.isBlank();
		if (generated && passwordRequired) {
			// Production (profile prod): a password that only ever appeared in a log is not acceptable.
			throw new IllegalStateException("Refusing to start: no account 'admin' exists yet and CCIAIS_ADMIN_PASSWORD "
					+ "is not set. Set CCIAIS_ADMIN_PASSWORD (8-64 characters, not a common password) for the first "
					+ "production start. / 首次以生产方式启动必须设置 CCIAIS_ADMIN_PASSWORD。");
		}
		if (generated) {
			byte[] bytes = new byte[12];
			new SecureRandom().nextBytes(bytes);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		else {
			PasswordPolicy.check("CCIAIS_ADMIN_PASSWORD", password, "admin");
		}
		Account admin = accounts.save(new Account("admin", encoder.encode(password), Role.ADMIN, "协会管理员", null,
				null, null, clock.instant()));
		events.publishEvent(AuditRecord.system("account.create", "account", admin.getId(), "首次启动创建管理员账号 admin"));
		if (generated) {
			log.warn("Created account 'admin' with the one-time password: {}  (set CCIAIS_ADMIN_PASSWORD to choose it)",
					password);
		}
	}
}
