package org.cciais.platform.certificate.internal.pdf;

import static com.lowagie.text.pdf.PdfContentByte.ALIGN_CENTER;
import static org.cciais.platform.certificate.internal.pdf.SheetCanvas.GOLD_LIGHT;
import static org.cciais.platform.certificate.internal.pdf.SheetCanvas.INK;
import static org.cciais.platform.certificate.internal.pdf.SheetCanvas.MUTED;
import static org.cciais.platform.certificate.internal.pdf.SheetCanvas.TITLE_RED;

import java.awt.Color;

import org.cciais.platform.certificate.internal.pdf.SheetCanvas.Weight;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The 副本: a portrait sheet listing the certificate's registration data in a two-column table, followed by the
 * verification QR code and the issuer.
 */
final class CopySheet {

	private static final Color LABEL_FILL = new Color(0xF5, 0xEE, 0xDF);
	private static final float MARGIN = 62;

	private CopySheet() {
	}

	static void draw(SheetCanvas c, CertificatePrintData d) {
		float w = c.width();
		float h = c.height();
		float centre = w / 2;

		c.paperAndFrame();
		c.guillocheBand(60, w - 60, h - 50, 5);
		c.guillocheBand(60, w - 60, 40, 4);

		float titleSize = c.fittingSize(CertificateWording.TITLE, w - 2 * MARGIN - 60, 26, 18);
		c.text(CertificateWording.TITLE, centre, h - 100, titleSize, ALIGN_CENTER, TITLE_RED, Weight.BOLD, 3);
		SheetParts.ornamentedSubtitle(c, CertificateWording.COPY, centre, h - 132);

		PdfPTable table = fields(c, d, w - 2 * MARGIN);
		table.writeSelectedRows(0, -1, MARGIN, h - 162, c.content());

		SheetParts.verification(c, d.verifyUrl(), MARGIN, 60, 96, 190);
		SheetParts.issuer(c, w - 160, 90, CertificateWording.formalDate(d.issuedOn()));

		if (!d.valid()) {
			c.watermark(d.statusLabel());
		}
	}

	private static PdfPTable fields(SheetCanvas c, CertificatePrintData d, float width) {
		Font label = new Font(c.font(), 11.5f, Font.NORMAL, MUTED);
		Font value = new Font(c.font(), 11.5f, Font.NORMAL, INK);
		PdfPTable table = new PdfPTable(new float[] { 30, 70 });
		table.setTotalWidth(width);
		table.setLockedWidth(true);
		String[][] rows = {
				{ CertificateWording.NUMBER, d.number() },
				{ CertificateWording.ENTERPRISE, d.enterpriseName() },
				{ CertificateWording.ADDRESS, d.registeredAddress() },
				{ CertificateWording.CREDIT_CODE, d.creditCode() },
				{ CertificateWording.FOUNDED, CertificateWording.date(d.foundedOn()) },
				{ CertificateWording.LEGAL_REPRESENTATIVE, d.legalRepresentative() },
				{ CertificateWording.CAPITAL, CertificateWording.capital(d.registeredCapital()) },
				{ CertificateWording.UNIT_TYPE, d.unitType() },
				{ CertificateWording.INDUSTRY, d.industryName() },
				{ CertificateWording.LEVEL, d.levelLabel() },
				{ CertificateWording.REVIEW_ORG, d.reviewOrgName() },
				{ CertificateWording.CONSULTING_ORG, CertificateWording.orNone(d.consultingOrgName()) },
				{ CertificateWording.ISSUED, CertificateWording.date(d.issuedOn()) },
				{ CertificateWording.EXPIRES, CertificateWording.date(d.expiresOn()) } };
		for (String[] row : rows) {
			table.addCell(cell(row[0], label, LABEL_FILL, Element.ALIGN_CENTER));
			table.addCell(cell(row[1], value, Color.WHITE, Element.ALIGN_LEFT));
		}
		return table;
	}

	private static PdfPCell cell(String text, Font font, Color fill, int align) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setBackgroundColor(fill);
		cell.setBorderColor(GOLD_LIGHT);
		cell.setBorderWidth(0.7f);
		cell.setHorizontalAlignment(align);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setMinimumHeight(33);
		cell.setPaddingLeft(12);
		cell.setPaddingRight(12);
		cell.setPaddingTop(5);
		cell.setPaddingBottom(7);
		cell.setLeading(0, 1.35f);
		return cell;
	}
}
