package org.cciais.platform.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sensitive personal data at rest (PIPL): AES-256-GCM for the value, HMAC-SHA256 beside it so a 身份证号 can be
 * looked up without decrypting every row. Key from {@code cciais.crypto.key} (Base64, 32 bytes).
 */
@Component
public class PersonalDataCipher {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec aesKey;
	private final SecretKeySpec macKey;

	public PersonalDataCipher(@Value("${cciais.crypto.key}") String base64Key) {
		byte[] key = Base64.getDecoder().decode(base64Key);
		if (key.length != 32) {
			throw new IllegalStateException("cciais.crypto.key must be 32 bytes, Base64-encoded");
		}
		this.aesKey = new SecretKeySpec(key, "AES");
		this.macKey = new SecretKeySpec(key, "HmacSHA256");
	}

	public String encrypt(String plain) {
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String decrypt(String encoded) {
		try {
			byte[] all = Base64.getDecoder().decode(encoded);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(128, all, 0, 12));
			return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Keyed hash for look-ups; normalise the value first (e.g. {@link IdNumbers#normalize}). */
	public String hash(String plain) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(macKey);
			return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
