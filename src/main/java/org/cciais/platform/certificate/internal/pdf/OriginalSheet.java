package org.cciais.platform.certificate.internal.pdf;

import static com.lowagie.text.pdf.PdfContentByte.ALIGN_CENTER;
import static com.lowagie.text.pdf.PdfContentByte.ALIGN_LEFT;
import static org.cciais.platform.certificate.internal.pdf.SheetCanvas.GOLD;
import static org.cciais.platform.certificate.internal.pdf.SheetCanvas.INK;
import static org.cciais.platform.certificate.internal.pdf.SheetCanvas.MUTED;
import static org.cciais.platform.certificate.internal.pdf.SheetCanvas.TITLE_RED;

import java.util.List;

import org.cciais.platform.certificate.internal.pdf.SheetCanvas.Weight;

/**
 * The 正本: a landscape, ceremonial sheet naming the enterprise, the industry and the level, with the number, the
 * dates, the issuer and the verification QR code.
 */
final class OriginalSheet {

	private OriginalSheet() {
	}

	static void draw(SheetCanvas c, CertificatePrintData d) {
		float w = c.width();
		float h = c.height();
		float centre = w / 2;

		c.paperAndFrame();
		c.guillocheBand(60, w - 60, h - 52, 6);
		c.guillocheBand(60, w - 60, 42, 4);

		c.text(CertificateWording.TITLE, centre, h - 118, 34, ALIGN_CENTER, TITLE_RED, Weight.BOLD, 6);
		SheetParts.ornamentedSubtitle(c, CertificateWording.ORIGINAL, centre, h - 152);

		enterpriseName(c, d.enterpriseName(), centre, h - 230, w - 220);
		c.text(CertificateWording.ATTESTATION, centre, h - 290, 13, ALIGN_CENTER, MUTED);

		labelled(c, CertificateWording.INDUSTRY, d.industryName(), centre - 150, h - 345, 20);
		labelled(c, CertificateWording.LEVEL, d.levelLabel(), centre + 150, h - 345, 20);
		labelled(c, CertificateWording.NUMBER, d.number(), centre, h - 390, 14);
		String dates = CertificateWording.ISSUED + "：" + CertificateWording.date(d.issuedOn()) + "　　　"
				+ CertificateWording.EXPIRES + "：" + CertificateWording.date(d.expiresOn());
		c.text(dates, centre, h - 418, 12.5f, ALIGN_CENTER, INK);

		SheetParts.verification(c, d.verifyUrl(), 62, 58, 92);
		SheetParts.issuer(c, w - 200, 88, CertificateWording.formalDate(d.issuedOn()));

		if (!d.valid()) {
			c.watermark(d.statusLabel());
		}
	}

	/** The enterprise name as large as the line allows; a very long name goes onto two lines rather than shrink away. */
	private static void enterpriseName(SheetCanvas c, String name, float centre, float baseline, float maxWidth) {
		float size = c.fittingSize(name, maxWidth, 28, 20);
		List<String> lines = c.balancedWrap(name, size, maxWidth);
		float lineHeight = size * 1.3f;
		float first = baseline + (lines.size() - 1) * lineHeight / 2;
		for (int i = 0; i < lines.size(); i++) {
			c.text(lines.get(i), centre, first - i * lineHeight, size, ALIGN_CENTER, INK, Weight.BOLD, 0);
		}
		float last = first - (lines.size() - 1) * lineHeight;
		c.rule(centre - maxWidth / 2, last - 14, centre + maxWidth / 2, 0.6f, GOLD);
	}

	/** "资质行业：金融", label muted and value in bold ink, centred as one line. */
	private static void labelled(SheetCanvas c, String label, String value, float centre, float baseline, float size) {
		String head = label + "：";
		float headWidth = c.textWidth(head, size, 0);
		float total = headWidth + c.textWidth(value, size, 0);
		float left = centre - total / 2;
		c.text(head, left, baseline, size, ALIGN_LEFT, MUTED);
		c.text(value, left + headWidth, baseline, size, ALIGN_LEFT, INK, Weight.BOLD, 0);
	}
}
