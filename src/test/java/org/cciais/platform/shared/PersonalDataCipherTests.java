package org.cciais.platform.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 身份证号 at rest: HKDF-derived keys per purpose, a key id in every ciphertext, old keys and old values still open. */
class PersonalDataCipherTests {

	static final String KEY_A = Base64.getEncoder().encodeToString("A".repeat(32).getBytes(StandardCharsets.US_ASCII));
	static final String KEY_B = Base64.getEncoder().encodeToString("B".repeat(32).getBytes(StandardCharsets.US_ASCII));
	static final String ID = "11010519491231002X";

	@Test
	void hkdfMatchesRfc5869TestCase1() {
		byte[] ikm = HexFormat.of().parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
		byte[] salt = HexFormat.of().parseHex("000102030405060708090a0b0c");
		byte[] info = HexFormat.of().parseHex("f0f1f2f3f4f5f6f7f8f9");
		assertThat(HexFormat.of().formatHex(Hkdf.derive(ikm, salt, info, 42))).isEqualTo(
				"3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
	}

	@Test
	void aCiphertextCarriesTheKeyIdAndOpensAgain() {
		PersonalDataCipher cipher = cipher(KEY_A);
		String sealed = cipher.encrypt(ID);
		assertThat(sealed).startsWith("v2:" + cipher.currentKeyId() + ":").doesNotContain(ID);
		assertThat(cipher.currentKeyId()).hasSize(8);
		assertThat(cipher.decrypt(sealed)).isEqualTo(ID);
		assertThat(cipher.isCurrent(sealed)).isTrue();
	}

	@Test
	void theLookUpHashUsesADerivedKeyNotTheMasterKeyNorTheEncryptionKey() throws Exception {
		Mac straight = Mac.getInstance("HmacSHA256");
		straight.init(new SecretKeySpec(Base64.getDecoder().decode(KEY_A), "HmacSHA256"));
		String withMaster = HexFormat.of().formatHex(straight.doFinal(ID.getBytes(StandardCharsets.UTF_8)));
		PersonalDataCipher cipher = cipher(KEY_A);
		assertThat(cipher.hash(ID)).hasSize(64).isNotEqualTo(withMaster).isEqualTo(cipher(KEY_A).hash(ID));
		assertThat(cipher(KEY_B).hash(ID)).isNotEqualTo(cipher.hash(ID));
	}

	@Test
	void aValueSealedUnderAnOldKeyOpensWhileThatKeyIsListedAsOld() {
		String sealedUnderA = cipher(KEY_A).encrypt(ID);
		PersonalDataCipher rotated = new PersonalDataCipher(new CryptoProperties(KEY_B, List.of(KEY_A)));
		assertThat(rotated.decrypt(sealedUnderA)).isEqualTo(ID);
		assertThat(rotated.isCurrent(sealedUnderA)).isFalse();
		assertThat(rotated.isCurrent(rotated.encrypt(ID))).isTrue();
		assertThatThrownBy(() -> cipher(KEY_B).decrypt(sealedUnderA)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("no key with id");
	}

	@Test
	void aValueOfTheFirstVersionStillOpens() throws Exception {
		String legacy = legacyEncrypt(KEY_A, ID);
		PersonalDataCipher cipher = cipher(KEY_A);
		assertThat(cipher.decrypt(legacy)).isEqualTo(ID);
		assertThat(cipher.isCurrent(legacy)).isFalse();
		assertThat(new PersonalDataCipher(new CryptoProperties(KEY_B, List.of(KEY_A))).decrypt(legacy)).isEqualTo(ID);
	}

	@Test
	void aKeyThatIsNotThirtyTwoBytesIsRefusedAtStart() {
		assertThatThrownBy(() -> cipher(Base64.getEncoder().encodeToString(new byte[16])))
			.hasMessageContaining("32 bytes");
	}

	static PersonalDataCipher cipher(String key) {
		return new PersonalDataCipher(new CryptoProperties(key, List.of()));
	}

	/** As the platform encrypted before key versions: AES-GCM with the master key, Base64 of IV and sealed bytes. */
	static String legacyEncrypt(String key, String plain) throws Exception {
		byte[] iv = new byte[12];
		iv[0] = 7;
		Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
		aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(key), "AES"),
				new GCMParameterSpec(128, iv));
		byte[] sealed = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
		byte[] all = new byte[12 + sealed.length];
		System.arraycopy(iv, 0, all, 0, 12);
		System.arraycopy(sealed, 0, all, 12, sealed.length);
		return Base64.getEncoder().encodeToString(all);
	}
}
