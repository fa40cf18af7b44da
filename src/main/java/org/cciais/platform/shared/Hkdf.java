package org.cciais.platform.shared;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF-SHA256 (RFC 5869), extract then expand, over {@link Mac}. Written by hand (a dozen lines) rather than adding
 * BouncyCastle for its {@code HKDFBytesGenerator}; checked against the RFC's test case 1 in the tests.
 */
final class Hkdf {

	private Hkdf() {
	}

	static byte[] derive(byte[] inputKey, byte[] salt, byte[] info, int length) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(salt.length == 0 ? new byte[32] : salt, "HmacSHA256"));
			byte[] prk = mac.doFinal(inputKey);
			mac.init(new SecretKeySpec(prk, "HmacSHA256"));
			ByteArrayOutputStream okm = new ByteArrayOutputStream();
			byte[] block = new byte[0];
			for (int i = 1; okm.size() < length; i++) {
				mac.update(block);
				mac.update(info);
				mac.update((byte) i);
				block = mac.doFinal();
				okm.write(block, 0, Math.min(block.length, length - okm.size()));
			}
			return okm.toByteArray();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
