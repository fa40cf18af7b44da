package org.cciais.platform.certificate.internal.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.cciais.platform.certificate.internal.pdf.SealImage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The digital signature of the certificate PDFs: PAdES baseline B (ETSI.CAdES.detached, SHA-256, the signer's
 * certificate bound by an ESS signing-certificate-v2 attribute, the time in the signature dictionary rather than in
 * the CMS), added to the rendered PDF as an incremental update; and the check of an uploaded file against it.
 * <p>
 * The certificate number is a signed property of the signature dictionary ({@value #NUMBER_KEY}), so that a checked
 * file names the certificate whose current status to show.
 */
@Component
public class CertificateSignature {

	/** The signature dictionary's entry with the certificate number (covered by the signature). */
	public static final String NUMBER_KEY = "CCIAIS_CertificateNumber";

	// room for the CMS with a certificate chain of three (the development one needs some 2 KB)
	private static final int SIGNATURE_SPACE = 12 * 1024;

	private final String keystore;
	private final String password;
	private final String alias;
	private final Path dataDir;
	private final Clock clock;
	private volatile SigningKey key;

	CertificateSignature(@Value("${cciais.signing.keystore:}") String keystore,
			@Value("${cciais.signing.password:}") String password, @Value("${cciais.signing.alias:}") String alias,
			@Value("${cciais.data-dir}") String dataDir, Clock clock) {
		this.keystore = keystore == null ? "" : keystore.trim();
		this.password = password == null ? "" : password;
		this.alias = alias;
		this.dataDir = Path.of(dataDir);
		this.clock = clock;
	}

	/** Signs {@code pdf} (a complete, unsigned document) for certificate {@code number}; returns the signed file. */
	public byte[] sign(byte[] pdf, String number, String sheet) {
		SigningKey signing = key();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(SealImage.ASSOCIATION);
			signature.setLocation("CCIAIS");
			signature.setReason("资质证书 " + number + "（" + sheet + "）");
			signature.setSignDate(GregorianCalendar.from(ZonedDateTime.now(clock)));
			signature.getCOSObject().setString(COSName.getPDFName(NUMBER_KEY), number);
			SignatureOptions options = new SignatureOptions();
			options.setPreferredSignatureSize(SIGNATURE_SPACE);
			document.addSignature(signature, content -> cms(content, signing), options);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SPACE * 2 + 4096);
			document.saveIncremental(out);
			options.close();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot sign the certificate " + number, e);
		}
	}

	/** The certificate of the key that signs (to compare uploaded files with, and to publish). */
	public X509Certificate signer() {
		return key().certificate();
	}

	/**
	 * Checks a PDF's last signature: whether it covers the whole file, is intact, and was made with our key.
	 */
	public SignatureCheck check(byte[] file) {
		try (PDDocument document = Loader.loadPDF(file)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return SignatureCheck.unsigned();
			}
			PDSignature signature = signatures.get(signatures.size() - 1);
			int[] range = signature.getByteRange();
			boolean wholeFile = range != null && range.length == 4 && range[0] == 0
					&& (long) range[2] + range[3] == file.length;
			byte[] signedContent = signature.getSignedContent(file);
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent),
					signature.getContents(file));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			var matches = cms.getCertificates().getMatches(signer.getSID());
			if (matches.isEmpty()) {
				return new SignatureCheck(true, true, false, wholeFile, false, number(signature));
			}
			X509CertificateHolder certificate = (X509CertificateHolder) matches.iterator().next();
			boolean intact;
			try {
				intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
			}
			catch (CMSException digestMismatch) {
				intact = false;
			}
			boolean ours = Arrays.equals(certificate.getEncoded(), signer().getEncoded());
			return new SignatureCheck(true, true, intact, wholeFile, ours, number(signature));
		}
		catch (IOException notAPdf) {
			return SignatureCheck.notPdf();
		}
		catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException broken) {
			// a signature dictionary whose contents are no CMS, or a certificate that cannot be read
			return new SignatureCheck(true, true, false, false, false, null);
		}
	}

	private static String number(PDSignature signature) {
		return signature.getCOSObject().getString(COSName.getPDFName(NUMBER_KEY));
	}

	private static byte[] cms(InputStream content, SigningKey signing) throws IOException {
		try {
			X509Certificate certificate = signing.certificate();
			var signer = new JcaContentSignerBuilder("SHA256withRSA").build(signing.privateKey());
			var attributes = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.setSignedAttributeGenerator(pades(certificate))
				.build(signer, certificate);
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(attributes);
			generator.addCertificates(new JcaCertStore(signing.chain()));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
			throw new IOException("Cannot create the CMS signature", e);
		}
	}

	/**
	 * Signed attributes of PAdES baseline B: content type, message digest and signing-certificate-v2; no
	 * signing-time (the signature dictionary's /M carries the time).
	 */
	private static CMSAttributeTableGenerator pades(X509Certificate certificate)
			throws CertificateEncodingException, GeneralSecurityException {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
		IssuerSerial issuer = new IssuerSerial(
				new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
				certificate.getSerialNumber());
		ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuer);
		ASN1EncodableVector extra = new ASN1EncodableVector();
		extra.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
				new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
		return new DefaultSignedAttributeTableGenerator(new AttributeTable(extra)) {
			@Override
			public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
				return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
			}
		};
	}

	private SigningKey key() {
		SigningKey loaded = key;
		if (loaded == null) {
			synchronized (this) {
				loaded = key;
				if (loaded == null) {
					loaded = keystore.isEmpty() ? SigningKeys.development(dataDir, clock)
							: SigningKeys.load(Path.of(keystore), password.toCharArray(), alias);
					key = loaded;
				}
			}
		}
		return loaded;
	}
}
