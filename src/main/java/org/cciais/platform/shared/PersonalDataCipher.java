package org.cciais.platform.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Sensitive personal data at rest (PIPL): AES-256-GCM for the value, HMAC-SHA256 beside it so a 身份证号 can be
 * looked up without decrypting every row. Both keys are derived from the master key {@code cciais.crypto.key} with
 * HKDF-SHA256, one per purpose. A ciphertext reads {@code v2:<key id>:<Base64 of IV and sealed bytes>}, the key id
 * being derived from its master key too, so values sealed under a key listed in {@code cciais.crypto.old-keys} still
 * open; values of the first version (no prefix, AES and HMAC straight with the master key) open as well until
 * {@link PersonalDataRotation} has re-encrypted them.
 */
@Component
public class PersonalDataCipher {

	static final String PREFIX = "v2:";
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final byte[] SALT = "cciais personal data".getBytes(StandardCharsets.US_ASCII);

	private record Keys(String id, SecretKeySpec aes, SecretKeySpec mac, SecretKeySpec legacyAes) {

		static Keys of(String base64) {
			byte[] master = Base64.getDecoder().decode(base64.trim());
			if (master.length != 32) {
				throw new IllegalStateException("cciais.crypto keys must be 32 bytes, Base64-encoded");
			}
			return new Keys(HexFormat.of().formatHex(derive(master, "key id", 4)),
					new SecretKeySpec(derive(master, "aes-256-gcm", 32), "AES"),
					new SecretKeySpec(derive(master, "hmac-sha256 look-up", 32), "HmacSHA256"),
					new SecretKeySpec(master, "AES"));
		}

		private static byte[] derive(byte[] master, String purpose, int length) {
			return Hkdf.derive(master, SALT, purpose.getBytes(StandardCharsets.US_ASCII), length);
		}
	}

	private final Keys current;
	private final Map<String, Keys> byId = new LinkedHashMap<>();

	public PersonalDataCipher(CryptoProperties properties) {
		this.current = Keys.of(properties.key());
		byId.put(current.id(), current);
		for (String old : properties.oldKeys()) {
			if (!old.isBlank()) {
				Keys keys = Keys.of(old);
				byId.putIfAbsent(keys.id(), keys);
			}
		}
	}

	public String encrypt(String plain) {
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, current.aes(), new GCMParameterSpec(128, iv));
			cipher.updateAAD(current.id().getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return PREFIX + current.id() + ":"
					+ Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String decrypt(String encoded) {
		if (encoded.startsWith(PREFIX)) {
			int colon = encoded.indexOf(':', PREFIX.length());
			String id = encoded.substring(PREFIX.length(), colon);
			Keys keys = byId.get(id);
			if (keys == null) {
				throw new IllegalStateException("no key with id " + id + " in cciais.crypto.key or old-keys");
			}
			return open(keys.aes(), Base64.getDecoder().decode(encoded.substring(colon + 1)),
					id.getBytes(StandardCharsets.US_ASCII));
		}
		byte[] all = Base64.getDecoder().decode(encoded);
		for (Keys keys : byId.values()) {
			try {
				return open(keys.legacyAes(), all, null);
			}
			catch (IllegalStateException wrongKey) {
				// try the next key
			}
		}
		throw new IllegalStateException("value sealed under none of the configured keys");
	}

	/** Whether the value is sealed under the current key in the current format (else rotation re-encrypts it). */
	public boolean isCurrent(String encoded) {
		return encoded.startsWith(PREFIX + current.id() + ":");
	}

	/** The id of the current key, as it appears in ciphertexts. */
	public String currentKeyId() {
		return current.id();
	}

	/** Keyed hash for look-ups; normalise the value first (e.g. {@link IdNumbers#normalize}). */
	public String hash(String plain) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(current.mac());
			return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<String> keyIds() {
		return new ArrayList<>(byId.keySet());
	}

	private static String open(SecretKeySpec key, byte[] all, byte[] aad) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
			if (aad != null) {
				cipher.updateAAD(aad);
			}
			return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot decrypt", ex);
		}
	}
}
