package org.cciais.platform.certificate.internal.pdf;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * The verification QR code, drawn as vector squares rather than an embedded bitmap: it stays sharp at any zoom and
 * print resolution and adds only a few hundred bytes to the PDF.
 */
final class QrCodeMark {

	/** The blank margin a scanner needs around the symbol, in modules (ISO/IEC 18004 asks for four). */
	private static final int QUIET_ZONE = 4;

	private QrCodeMark() {
	}

	/** Draws the code on a white square of the given side whose bottom-left corner is at (x, y). */
	static void draw(PdfContentByte cb, String content, float x, float y, float side) {
		BitMatrix matrix = encode(content);
		int modules = matrix.getWidth() + 2 * QUIET_ZONE;
		float module = side / modules;

		cb.saveState();
		cb.setColorFill(Color.WHITE);
		cb.rectangle(x, y, side, side);
		cb.fill();
		cb.setColorFill(Color.BLACK);
		for (int row = 0; row < matrix.getHeight(); row++) {
			float top = y + side - (row + QUIET_ZONE) * module;
			int col = 0;
			while (col < matrix.getWidth()) {
				if (!matrix.get(col, row)) {
					col++;
					continue;
				}
				// One rectangle per run of dark modules: fewer path operations and no hairline seams between them.
				int start = col;
				while (col < matrix.getWidth() && matrix.get(col, row)) {
					col++;
				}
				cb.rectangle(x + (start + QUIET_ZONE) * module, top - module, (col - start) * module, module);
			}
		}
		cb.fill();
		cb.restoreState();
	}

	private static BitMatrix encode(String content) {
		// Level M survives a smudge or a fold on a printed sheet while keeping the symbol small for a URL.
		Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
				EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(), EncodeHintType.MARGIN, 0);
		try {
			return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Cannot encode the verification URL as a QR code: " + content, e);
		}
	}
}
