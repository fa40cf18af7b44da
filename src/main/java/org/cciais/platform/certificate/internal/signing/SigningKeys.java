package org.cciais.platform.certificate.internal.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the signing key from the configured PKCS#12 keystore, or (development, tests) generates a key with a
 * self-signed certificate once into the data folder and keeps using it.
 */
final class SigningKeys {

	static final String DEVELOPMENT_FILE = "signing/development-signing.p12";
	static final String DEVELOPMENT_ALIAS = "cciais-development";
	// Only protects a development key that is never trusted by anyone; production brings its own keystore.
	private static final char[] DEVELOPMENT_PASSWORD = "cciais-development-only".toCharArray();

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private SigningKeys() {
	}

	/** The configured keystore's key; {@code alias} blank takes the keystore's only key entry. */
	static SigningKey load(Path keystore, char[] password, String alias) {
		try (InputStream in = Files.newInputStream(keystore)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			String chosen = alias == null || alias.isBlank() ? onlyKeyAlias(store) : alias.trim();
			if (!store.isKeyEntry(chosen)) {
				throw new IllegalStateException("CCIAIS_SIGNING_ALIAS=" + chosen + " is no key entry of " + keystore);
			}
			PrivateKey key = (PrivateKey) store.getKey(chosen, password);
			List<X509Certificate> chain = new ArrayList<>();
			for (Certificate c : store.getCertificateChain(chosen)) {
				chain.add((X509Certificate) c);
			}
			return new SigningKey(key, chain.get(0), List.copyOf(chain), keystore.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("The signing keystore " + keystore
					+ " cannot be read (check CCIAIS_SIGNING_KEYSTORE and CCIAIS_SIGNING_PASSWORD)", e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The signing keystore " + keystore + " cannot be used", e);
		}
	}

	/** The development key under {@code dataDir}, generated on first use. */
	static SigningKey development(Path dataDir, Clock clock) {
		Path file = dataDir.resolve(DEVELOPMENT_FILE);
		if (!Files.exists(file)) {
			generate(file, clock);
			log.warn("No CCIAIS_SIGNING_KEYSTORE configured: generated a DEVELOPMENT signing key with a self-signed "
					+ "certificate into {}. Certificates signed with it are valid but trusted by nobody; production "
					+ "must configure the association's own keystore.", file.toAbsolutePath());
		}
		else {
			log.warn("No CCIAIS_SIGNING_KEYSTORE configured: signing certificates with the DEVELOPMENT key {}",
					file.toAbsolutePath());
		}
		return load(file, DEVELOPMENT_PASSWORD, DEVELOPMENT_ALIAS);
	}

	private static void generate(Path file, Clock clock) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(3072, new SecureRandom());
			KeyPair pair = generator.generateKeyPair();
			X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
				.addRDN(BCStyle.O, "中国通信工业协会信息安全分会")
				.addRDN(BCStyle.OU, "CCIAIS 开发环境（非正式）")
				.addRDN(BCStyle.CN, "CCIAIS development certificate signing key")
				.build();
			Instant now = clock.instant();
			var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
					Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650 * 3))), subject,
					pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));

			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(DEVELOPMENT_ALIAS, pair.getPrivate(), DEVELOPMENT_PASSWORD,
					new Certificate[] { certificate });
			Files.createDirectories(file.getParent());
			// written aside and moved, so that a second process never reads half a keystore
			Path partial = Files.createTempFile(file.getParent(), "signing", ".tmp");
			try (OutputStream out = Files.newOutputStream(partial)) {
				store.store(out, DEVELOPMENT_PASSWORD);
			}
			try {
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException lostTheRace) {
				Files.deleteIfExists(partial);
				if (!Files.exists(file)) {
					throw lostTheRace;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the development signing key " + file, e);
		}
		catch (GeneralSecurityException | OperatorCreationException e) {
			throw new IllegalStateException("Cannot generate the development signing key", e);
		}
	}

	private static String onlyKeyAlias(KeyStore store) throws GeneralSecurityException {
		List<String> keys = new ArrayList<>();
		for (String alias : Collections.list(store.aliases())) {
			if (store.isKeyEntry(alias)) {
				keys.add(alias);
			}
		}
		if (keys.size() != 1) {
			throw new IllegalStateException("The signing keystore holds " + keys.size()
					+ " keys: set CCIAIS_SIGNING_ALIAS to the one that signs the certificates");
		}
		return keys.get(0);
	}
}
