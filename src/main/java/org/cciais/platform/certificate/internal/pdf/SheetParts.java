package org.cciais.platform.certificate.internal.pdf;

import static com.lowagie.text.pdf.PdfContentByte.ALIGN_CENTER;
import static com.lowagie.text.pdf.PdfContentByte.ALIGN_LEFT;
import static org.cciais.platform.certificate.internal.pdf.SheetCanvas.GOLD;
import static org.cciais.platform.certificate.internal.pdf.SheetCanvas.INK;
import static org.cciais.platform.certificate.internal.pdf.SheetCanvas.MUTED;
import static org.cciais.platform.certificate.internal.pdf.SheetCanvas.TITLE_RED;

import org.cciais.platform.certificate.internal.pdf.SheetCanvas.Weight;

/** The pieces the 正本 and the 副本 share, so that both sheets read as one set. */
final class SheetParts {

	private SheetParts() {
	}

	/** 正 本 / 副 本 between two short gold rules. */
	static void ornamentedSubtitle(SheetCanvas c, String text, float centre, float baseline) {
		float size = 16;
		float spacing = 14;
		float half = c.textWidth(text, size, spacing) / 2;
		c.text(text, centre, baseline, size, ALIGN_CENTER, TITLE_RED, Weight.REGULAR, spacing);
		float y = baseline + size * 0.35f;
		c.rule(centre - half - 110, y, centre - half - 18, 0.8f, GOLD);
		c.rule(centre + half + 18, y, centre + half + 110, 0.8f, GOLD);
	}

	/**
	 * QR code with its caption and, for readers without a phone at hand, the address it encodes; both sit level with
	 * the top of the code so that the issuer's block can share the bottom line.
	 */
	static void verification(SheetCanvas c, String url, float x, float y, float side) {
		verification(c, url, x, y, side, 230);
	}

	/** As above, with the address kept within {@code urlWidth} (clear of the seal on the narrow 副本). */
	static void verification(SheetCanvas c, String url, float x, float y, float side, float urlWidth) {
		QrCodeMark.draw(c.content(), url, x, y, side);
		float textX = x + side + 12;
		float urlSize = c.fittingSize(url, urlWidth, 8, 5);
		c.text(CertificateWording.QR_CAPTION, textX, y + side - 22, 11, ALIGN_LEFT, INK);
		c.text(url, textX, y + side - 38, urlSize, ALIGN_LEFT, MUTED);
	}

	/** The issuing body and the formal issue date, with the association's seal pressed over both as on paper. */
	static void issuer(SheetCanvas c, float centre, float baseline, String formalDate) {
		c.text(CertificateWording.ISSUER, centre, baseline, 16, ALIGN_CENTER, INK, Weight.BOLD, 1);
		c.text(formalDate, centre, baseline - 24, 12.5f, ALIGN_CENTER, INK);
		c.seal(centre, baseline - 4, 112);
	}
}
