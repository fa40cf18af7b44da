package org.cciais.platform.certificate.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the seal pressed on the certificates comes from: the PNG named by {@code CCIAIS_SEAL_IMAGE}, or else the
 * generated one of {@link SealImage}.
 */
@Component
public class CertificateSeal {

	private static final Logger log = LoggerFactory.getLogger(CertificateSeal.class);
	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String configured;

	CertificateSeal(@Value("${cciais.seal-image:}") String configured) {
		this.configured = configured == null ? "" : configured.trim();
	}

	/** The seal's PNG; a configured file that is missing or not a PNG stops the rendering with a clear message. */
	public byte[] png() {
		if (configured.isEmpty()) {
			log.info("No CCIAIS_SEAL_IMAGE configured: certificates carry the generated seal of {}",
					SealImage.ASSOCIATION);
			return SealImage.generated();
		}
		try {
			byte[] png = Files.readAllBytes(Path.of(configured));
			if (png.length < PNG_SIGNATURE.length
					|| !Arrays.equals(Arrays.copyOf(png, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
				throw new IllegalStateException("CCIAIS_SEAL_IMAGE=" + configured + " is not a PNG image");
			}
			return png;
		}
		catch (IOException e) {
			throw new UncheckedIOException("CCIAIS_SEAL_IMAGE=" + configured + " cannot be read", e);
		}
	}
}
