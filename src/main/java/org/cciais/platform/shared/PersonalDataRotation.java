package org.cciais.platform.shared;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Re-encrypts every stored 身份证号 not sealed under the current key (first-version values, or values under an old
 * key) and recomputes its look-up hash. Runs at every start, before the node reports ready, so a new
 * {@code CCIAIS_CRYPTO_KEY} (with the previous one in {@code CCIAIS_CRYPTO_OLD_KEYS}) takes effect at once; with
 * {@code --rotate-crypto-key} it runs alone and the process exits. Each row is updated only if it still holds the
 * value read, so two nodes starting together do not overwrite each other.
 */
@Component
@Order(0)
class PersonalDataRotation implements ApplicationRunner {

	static final String OPTION = "rotate-crypto-key";
	private static final Logger log = LoggerFactory.getLogger(PersonalDataRotation.class);

	/** Tables holding a 身份证号: the account module's persons and the personnel module's engineers. */
	private static final List<String> TABLES = List.of("persons", "engineers");
	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;
	private final PersonalDataCipher cipher;
	private final ConfigurableApplicationContext context;

	PersonalDataRotation(JdbcTemplate jdbc, PersonalDataCipher cipher, ConfigurableApplicationContext context) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int rotated = rotate();
		if (args.containsOption(OPTION)) {
			log.info("Crypto key rotation: {} values re-encrypted under key {}", rotated, cipher.currentKeyId());
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

	/**
	 * Returns how many values were re-encrypted. Only rows not sealed under the current key are read, a batch at a
	 * time, so a start with nothing to rotate costs one indexed query per table, not a scan into memory.
	 */
	int rotate() {
		String current = likePattern(cipher.currentKeyId());
		int rotated = 0;
		for (String table : TABLES) {
			long after = 0;
			List<Map<String, Object>> rows;
			do {
				rows = jdbc.queryForList("select id, id_number_enc from " + table
						+ " where id > ? and id_number_enc not like ? escape '!' order by id limit " + BATCH, after,
						current);
				for (Map<String, Object> row : rows) {
					after = ((Number) row.get("id")).longValue();
					String sealed = (String) row.get("id_number_enc");
					String plain = cipher.decrypt(sealed);
					rotated += jdbc.update("update " + table + " set id_number_enc = ?, id_number_hash = ? "
							+ "where id = ? and id_number_enc = ?", cipher.encrypt(plain), cipher.hash(plain),
							row.get("id"), sealed);
				}
			}
			while (rows.size() == BATCH);
		}
		if (rotated > 0) {
			log.info("Re-encrypted {} personal data values under key {}", rotated, cipher.currentKeyId());
		}
		return rotated;
	}

	/** {@code v2:<key id>:%} with the LIKE wildcards of the key id escaped. */
	static String likePattern(String keyId) {
		return (PersonalDataCipher.PREFIX + keyId + ":").replace("!", "!!").replace("%", "!%").replace("_", "!_")
				+ "%";
	}
}
