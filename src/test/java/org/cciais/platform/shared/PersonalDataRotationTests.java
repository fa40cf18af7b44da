package org.cciais.platform.shared;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values stored before key versions (AES and HMAC straight with the master key) are re-encrypted under the derived
 * keys with their look-up hash recomputed, by the start-up run or {@code --rotate-crypto-key}.
 */
class PersonalDataRotationTests extends PlatformTest {

	@Autowired
	PersonalDataRotation rotation;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${cciais.crypto.key}")
	String key;

	@Test
	void reEncryptsAnEngineerOfTheFirstVersionAndRecomputesItsHash() throws Exception {
		String idNumber = "11010519491231002X";
		String legacy = PersonalDataCipherTests.legacyEncrypt(key, idNumber);
		String certificate = unique("CERT");
		jdbc.update("insert into engineers (id_number_enc, id_number_hash, name, certificate_number, "
				+ "recommending_credit_code, has_capability_certificate, ever_bound, registered_at, version) "
				+ "values (?, 'legacy-hash', '张三', ?, '91110000100000000X', true, false, current_timestamp, 0)",
				legacy, certificate);

		assertThat(rotation.rotate()).isEqualTo(1);

		var row = jdbc.queryForMap("select id_number_enc, id_number_hash from engineers where certificate_number = ?",
				certificate);
		String sealed = (String) row.get("id_number_enc");
		assertThat(sealed).startsWith("v2:" + cipher.currentKeyId() + ":");
		assertThat(cipher.decrypt(sealed)).isEqualTo(idNumber);
		assertThat(row.get("id_number_hash")).isEqualTo(cipher.hash(idNumber));
		assertThat(rotation.rotate()).as("a second run finds nothing to do").isZero();
	}
}
