package org.cciais.platform.certificate.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.internal.pdf.CertificatePdfRenderer;
import org.cciais.platform.certificate.internal.pdf.CertificatePrintData;
import org.cciais.platform.certificate.internal.signing.CertificateSignature;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.shared.Labelled;
import org.cciais.platform.shared.web.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The 正本 and 副本 of a certificate as PDFs, as of now: current 副本 data (after annual inspections), current status
 * (a watermark when not valid), a QR code to the public verification page, the seal, and the digital signature. Used
 * by the API and the pages alike. A certificate is Chinese whoever reads it: the names on it (industry, level,
 * status, sheet) are the Chinese bundle's.
 */
@Component
public class CertificateSheets {

	/** Which of the two sheets ({@code certificate.sheet.<NAME>}). */
	public enum Sheet implements Labelled {
		ORIGINAL, COPY;

		@Override
		public String messagePrefix() {
			return "certificate.sheet";
		}
	}

	private final CertificatePdfRenderer renderer;
	private final CertificateSignature signature;
	private final OrganizationQueries organizations;
	private final MessageSource messages;
	private final String baseUrl;

	CertificateSheets(CertificatePdfRenderer renderer, CertificateSignature signature, OrganizationQueries organizations,
			MessageSource messages, @Value("${cciais.base-url}") String baseUrl) {
		this.renderer = renderer;
		this.signature = signature;
		this.organizations = organizations;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The public verification page of a certificate number: what the QR code opens. */
	public String verifyUrl(String number) {
		return baseUrl + "/verify?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
	}

	public CertificatePrintData printData(CertificateView c) {
		var copy = c.copy();
		return new CertificatePrintData(c.number(), chinese(c.industry().messageKey()),
				chinese("certificate.level.formal." + c.level().name()),
				copy.enterpriseName(), copy.registeredAddress(), copy.creditCode(), copy.foundedOn(),
				copy.legalRepresentative(), copy.registeredCapital(), copy.unitType(), organizationName(c.reviewOrgId()),
				c.consultingOrgId() == null ? null : organizationName(c.consultingOrgId()), c.issuedOn(), c.expiresOn(),
				chinese(c.status().held() ? c.status().messageKey() : "certificate.watermark." + c.status().name()),
				c.status().held(),
				verifyUrl(c.number()));
	}

	/** Renders the sheet and signs it (a PDF of some 100 KB: in memory is fine); {@code out} is left open. */
	public void write(CertificateView certificate, Sheet sheet, OutputStream out) throws IOException {
		out.write(signed(certificate, sheet));
	}

	/** The signed PDF of the sheet. */
	public byte[] signed(CertificateView certificate, Sheet sheet) {
		CertificatePrintData data = printData(certificate);
		ByteArrayOutputStream rendered = new ByteArrayOutputStream(128 * 1024);
		if (sheet == Sheet.ORIGINAL) {
			renderer.renderOriginal(data, rendered);
		}
		else {
			renderer.renderCopy(data, rendered);
		}
		return signature.sign(rendered.toByteArray(), certificate.number(), chinese(sheet.messageKey()));
	}

	/**
	 * Streams the sheet as the HTTP response: {@code inline} for the browser's preview, or as an attachment to
	 * download. Never cached, since the status and the 副本 data can change.
	 */
	public void stream(CertificateView certificate, Sheet sheet, boolean download, HttpServletResponse response)
			throws IOException {
		String filename = certificate.number() + "-" + chinese(sheet.messageKey()) + ".pdf";
		ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(filename, StandardCharsets.UTF_8)
			.build();
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		OutputStream out = response.getOutputStream();
		write(certificate, sheet, out);
		out.flush();
	}

	private String chinese(String key) {
		return messages.getMessage(key, null, Languages.CHINESE);
	}

	private String organizationName(long id) {
		// An organisation is never deleted while certificates name it; the fallback only keeps a sheet printable.
		return organizations.find(id).map(OrganizationView::name).orElse("—");
	}
}
