package org.cciais.platform.certificate.internal.signing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.cciais.platform.certificate.internal.pdf.CertificatePdfRenderer;
import org.cciais.platform.certificate.internal.pdf.CertificatePrintData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The signed certificate PDF: a PAdES baseline B signature that PDFBox + BouncyCastle and poppler's pdfsig accept,
 * that one changed byte breaks, and that the platform's file check tells from a foreign signer.
 */
class CertificateSignatureTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	@TempDir
	static Path dataDir;

	static CertificateSignature signature;
	static byte[] unsigned;
	static byte[] signed;

	@BeforeAll
	static void signOnce() {
		signature = new CertificateSignature("", "", "", dataDir.toString(), CLOCK);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new CertificatePdfRenderer().renderOriginal(sample(), out);
		unsigned = out.toByteArray();
		signed = signature.sign(unsigned, "MIITCCCAIS-000012", "正本");
	}

	@Test
	void signatureIsPadesBaselineBAndValidatesWithPdfboxAndBouncyCastle() throws Exception {
		try (PDDocument document = Loader.loadPDF(signed)) {
			assertThat(document.getSignatureDictionaries()).hasSize(1);
			PDSignature s = document.getSignatureDictionaries().get(0);
			assertThat(s.getFilter()).isEqualTo("Adobe.PPKLite");
			assertThat(s.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(s.getSignDate().toInstant()).isEqualTo(Instant.parse("2026-07-20T02:00:00Z"));
			int[] range = s.getByteRange();
			assertThat(range[0]).isZero();
			assertThat((long) range[2] + range[3]).isEqualTo(signed.length);

			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(s.getSignedContent(signed)),
					s.getContents(signed));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
				.getMatches(signer.getSID())
				.iterator()
				.next();
			assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
			assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1"); // SHA-256
			assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
			assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
		}
		assertThat(signature.check(signed)).isEqualTo(
				new SignatureCheck(true, true, true, true, true, "MIITCCCAIS-000012"));
		assertThat(signature.check(signed).genuine()).isTrue();
	}

	@Test
	void oneChangedByteMakesTheSignatureInvalid() throws Exception {
		byte[] changed = signed.clone();
		int at = indexOf(changed, "MIITCCCAIS-000012".getBytes(StandardCharsets.ISO_8859_1));
		// a byte inside the signed range, well before the signature's /Contents: the rendered page itself
		int target = at > 0 && at < changed.length / 2 ? at + 11 : changed.length / 3;
		changed[target] = (byte) (changed[target] ^ 0x01);

		SignatureCheck check = signature.check(changed);
		// still a readable, signed PDF with our certificate: only the signature no longer matches
		assertThat(check.pdf()).isTrue();
		assertThat(check.signed()).isTrue();
		assertThat(check.intact()).isFalse();
		assertThat(check.genuine()).isFalse();
	}

	@Test
	void somethingAppendedAfterSigningIsNotCoveredAndSoNotGenuine() {
		byte[] appended = new byte[signed.length + 20];
		System.arraycopy(signed, 0, appended, 0, signed.length);
		System.arraycopy("\n% added afterwards\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 20);

		SignatureCheck check = signature.check(appended);
		assertThat(check.intact()).isTrue();
		assertThat(check.coversWholeFile()).isFalse();
		assertThat(check.genuine()).isFalse();
	}

	@Test
	void aSignatureWithAnotherKeyIsNotOurs(@TempDir Path otherDir) throws IOException {
		// another platform's development key (src/test/resources/signing): generating one takes seconds
		Path key = otherDir.resolve(SigningKeys.DEVELOPMENT_FILE);
		Files.createDirectories(key.getParent());
		try (var in = getClass().getResourceAsStream("/signing/another-development-signing.p12")) {
			Files.copy(in, key);
		}
		CertificateSignature other = new CertificateSignature("", "", "", otherDir.toString(), CLOCK);
		byte[] foreign = other.sign(unsigned, "MIITCCCAIS-000012", "正本");

		SignatureCheck check = signature.check(foreign);
		assertThat(check.intact()).isTrue();
		assertThat(check.ours()).isFalse();
		assertThat(check.genuine()).isFalse();
	}

	@Test
	void anUnsignedPdfAndAFileThatIsNoPdfAreToldApart() {
		assertThat(signature.check(unsigned)).isEqualTo(new SignatureCheck(true, false, false, false, false, null));
		assertThat(signature.check("not a pdf at all".getBytes(StandardCharsets.US_ASCII)).pdf()).isFalse();
	}

	@Test
	void theDevelopmentKeyIsGeneratedOnceAndReusedFromTheDataFolder() throws Exception {
		Path keystore = dataDir.resolve(SigningKeys.DEVELOPMENT_FILE);
		assertThat(keystore).exists();
		CertificateSignature restarted = new CertificateSignature("", "", "", dataDir.toString(), CLOCK);
		assertThat(restarted.signer().getEncoded()).isEqualTo(signature.signer().getEncoded());
		assertThat(restarted.check(signed).genuine()).isTrue();
	}

	@Test
	void aConfiguredKeystoreSignsInsteadOfTheDevelopmentKey(@TempDir Path elsewhere) throws Exception {
		// the development keystore stands in for the association's own: configured by path, password and alias
		Path own = elsewhere.resolve("own.p12");
		Files.copy(dataDir.resolve(SigningKeys.DEVELOPMENT_FILE), own);
		CertificateSignature configured = new CertificateSignature(own.toString(), "cciais-development-only",
				SigningKeys.DEVELOPMENT_ALIAS, elsewhere.resolve("data").toString(), CLOCK);
		byte[] pdf = configured.sign(unsigned, "MIITCCCAIS-000012", "副本");

		assertThat(configured.check(pdf).genuine()).isTrue();
		assertThat(elsewhere.resolve("data").resolve(SigningKeys.DEVELOPMENT_FILE)).doesNotExist();
	}

	@Test
	void popplerPdfsigSaysTheSignatureIsValidAndNotOnceAByteChanged(@TempDir Path dir) throws Exception {
		File pdfsig = new File("/usr/bin/pdfsig");
		assumeTrue(pdfsig.canExecute(), "poppler-utils' pdfsig is not installed");
		Path good = dir.resolve("signed.pdf");
		Files.write(good, signed);
		assertThat(pdfsig(good)).contains("Signature is Valid.").contains("ETSI.CAdES.detached");

		byte[] changed = signed.clone();
		int target = changed.length / 3;
		changed[target] = (byte) (changed[target] ^ 0x01);
		Path bad = dir.resolve("changed.pdf");
		Files.write(bad, changed);
		assertThat(pdfsig(bad)).doesNotContain("Signature is Valid.");
	}

	private static String pdfsig(Path pdf) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("/usr/bin/pdfsig", pdf.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return output;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	static CertificatePrintData sample() {
		return new CertificatePrintData("MIITCCCAIS-000012", "金融", "叁级", "北京华信安全科技有限公司",
				"北京市海淀区中关村南大街5号院3号楼12层1205室", "91110108MA01ABCD3X", LocalDate.of(2012, 3, 15), "张伟",
				new BigDecimal("5000.00"), "有限责任公司", "中安评审认证中心", "北京信安咨询服务有限公司",
				LocalDate.of(2025, 7, 20), LocalDate.of(2028, 7, 19), "有效", true,
				"https://cciais.example.org/verify?number=MIITCCCAIS-000012");
	}
}
