package org.cciais.platform.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Under the {@code prod} profile the platform refuses to start — before any database connection or web port is
 * opened — unless it runs on PostgreSQL with a password, with its own encryption key, without demo data and with
 * the real clock, and with its own key for signing the certificates. (The missing first admin password is refused by the admin bootstrap, which needs the database.)
 */
@Component
public class ProductionGuard implements BeanFactoryPostProcessor, EnvironmentAware {

	/** The development key of application.yml; production must bring its own. */
	static final String DEVELOPMENT_CRYPTO_KEY = "ZGVtby1rZXktZm9yLWxvY2FsLXVzZS1vbmx5LTMyYiE=";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		check(environment);
	}

	/** @throws IllegalStateException listing every problem when the {@code prod} profile is active */
	public static void check(Environment env) {
		if (!env.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		List<String> problems = problems(env);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start in production (profile 'prod'):\n - "
					+ String.join("\n - ", problems));
		}
	}

	static List<String> problems(Environment env) {
		List<String> problems = new ArrayList<>();
		String url = env.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			problems.add("the database must be PostgreSQL: set SPRING_DATASOURCE_URL=jdbc:postgresql://host:5432/db "
					+ "(生产环境必须使用 PostgreSQL)");
		}
		String password = env.getProperty("spring.datasource.password", "");
		if (password.isBlank()) {
			problems.add("the database password is missing: set SPRING_DATASOURCE_PASSWORD (必须设置数据库密码)");
		}
		if (env.getProperty("cciais.clock.adjustable", Boolean.class, false)) {
			problems.add("the rehearsal clock must stay off: unset CCIAIS_CLOCK_ADJUSTABLE (生产环境不得调整时钟)");
		}
		if (env.getProperty("cciais.demo-data", Boolean.class, false)) {
			problems.add("demo data must not be loaded: unset CCIAIS_DEMO_DATA (生产环境不加载演示数据)");
		}
		if (DEVELOPMENT_CRYPTO_KEY.equals(env.getProperty("cciais.crypto.key"))) {
			problems.add("personal data needs its own key: set CCIAIS_CRYPTO_KEY to 32 random bytes in Base64, e.g. "
					+ "`openssl rand -base64 32` (必须设置个人信息加密密钥)");
		}
		if (env.getProperty("cciais.signing.keystore", "").isBlank()) {
			problems.add("certificates need the association's own signing key: set CCIAIS_SIGNING_KEYSTORE (a PKCS#12 "
					+ "file), CCIAIS_SIGNING_PASSWORD and CCIAIS_SIGNING_ALIAS (必须配置证书签名密钥库)");
		}
		else if (env.getProperty("cciais.signing.password", "").isBlank()) {
			problems.add("the signing keystore needs its password: set CCIAIS_SIGNING_PASSWORD (必须设置签名密钥库密码)");
		}
		return problems;
	}
}
