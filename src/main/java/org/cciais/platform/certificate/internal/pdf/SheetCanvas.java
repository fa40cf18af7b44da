package org.cciais.platform.certificate.internal.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;

/**
 * Drawing primitives shared by the 正本 and the 副本: paper, frame, text set in the certificate font, rules and the
 * invalidity watermark. Coordinates are PDF points from the bottom-left corner of the page.
 */
final class SheetCanvas {

	static final Color PAPER = new Color(0xFF, 0xFC, 0xF4);
	static final Color GOLD = new Color(0xB0, 0x8D, 0x57);
	static final Color GOLD_LIGHT = new Color(0xE3, 0xD3, 0xB3);
	static final Color TITLE_RED = new Color(0xA3, 0x1F, 0x24);
	static final Color INK = new Color(0x22, 0x22, 0x22);
	static final Color MUTED = new Color(0x66, 0x5E, 0x55);
	static final Color WATERMARK_RED = new Color(0xD0, 0x10, 0x10);

	private static final float OUTER_INSET = 16f;
	private static final float INNER_INSET = 24f;

	private final PdfContentByte cb;
	private final BaseFont font;
	private final Rectangle page;
	private final byte[] seal;

	SheetCanvas(PdfContentByte cb, BaseFont font, Rectangle page, byte[] seal) {
		this.cb = cb;
		this.font = font;
		this.page = page;
		this.seal = seal;
	}

	/**
	 * The electronic seal centred on ({@code cx}, {@code cy}), {@code diameter} points wide, multiplied onto what
	 * lies beneath so that the issuer's name and date still read through the red, as with ink on paper.
	 */
	void seal(float cx, float cy, float diameter) {
		if (seal == null) {
			return;
		}
		try {
			Image image = Image.getInstance(seal);
			float scale = diameter / Math.max(image.getWidth(), image.getHeight());
			float w = image.getWidth() * scale;
			float h = image.getHeight() * scale;
			cb.saveState();
			PdfGState ink = new PdfGState();
			ink.setBlendMode(PdfGState.BM_MULTIPLY);
			ink.setFillOpacity(0.9f);
			cb.setGState(ink);
			cb.addImage(image, w, 0, 0, h, cx - w / 2, cy - h / 2);
			cb.restoreState();
		}
		catch (DocumentException | java.io.IOException e) {
			throw new IllegalStateException("The seal image cannot be placed", e);
		}
	}

	float width() {
		return page.getWidth();
	}

	float height() {
		return page.getHeight();
	}

	BaseFont font() {
		return font;
	}

	/** Warm paper tone and a double gold frame with corner ornaments, as on printed certificates. */
	void paperAndFrame() {
		cb.saveState();
		cb.setColorFill(PAPER);
		cb.rectangle(0, 0, width(), height());
		cb.fill();

		cb.setColorStroke(GOLD);
		cb.setLineWidth(3.2f);
		cb.rectangle(OUTER_INSET, OUTER_INSET, width() - 2 * OUTER_INSET, height() - 2 * OUTER_INSET);
		cb.stroke();
		cb.setLineWidth(0.8f);
		cb.rectangle(INNER_INSET, INNER_INSET, width() - 2 * INNER_INSET, height() - 2 * INNER_INSET);
		cb.stroke();

		float[][] corners = { { INNER_INSET, INNER_INSET }, { width() - INNER_INSET, INNER_INSET },
				{ INNER_INSET, height() - INNER_INSET }, { width() - INNER_INSET, height() - INNER_INSET } };
		for (float[] corner : corners) {
			cornerOrnament(corner[0], corner[1]);
		}
		cb.restoreState();
	}

	/** A small filled diamond in a square on each inner corner: enough ornament to look formal, no more. */
	private void cornerOrnament(float x, float y) {
		float half = 7f;
		cb.setColorFill(PAPER);
		cb.setColorStroke(GOLD);
		cb.setLineWidth(0.8f);
		cb.rectangle(x - half, y - half, 2 * half, 2 * half);
		cb.fillStroke();
		cb.setColorFill(GOLD);
		cb.moveTo(x, y - 4.5f);
		cb.lineTo(x + 4.5f, y);
		cb.lineTo(x, y + 4.5f);
		cb.lineTo(x - 4.5f, y);
		cb.closePath();
		cb.fill();
	}

	/** A band of interlaced sine waves, the classic anti-copy ornament, drawn faintly between two x positions. */
	void guillocheBand(float x1, float x2, float yCentre, float amplitude) {
		cb.saveState();
		cb.setColorStroke(GOLD_LIGHT);
		cb.setLineWidth(0.45f);
		int strands = 6;
		float period = 28f;
		for (int s = 0; s < strands; s++) {
			double phase = Math.PI * s / strands;
			for (float x = x1; x <= x2; x += 1.5f) {
				float y = yCentre + (float) (amplitude * Math.sin(2 * Math.PI * (x - x1) / period + phase));
				if (x == x1) {
					cb.moveTo(x, y);
				}
				else {
					cb.lineTo(x, y);
				}
			}
			cb.stroke();
		}
		cb.restoreState();
	}

	void rule(float x1, float y, float x2, float lineWidth, Color color) {
		cb.saveState();
		cb.setColorStroke(color);
		cb.setLineWidth(lineWidth);
		cb.moveTo(x1, y);
		cb.lineTo(x2, y);
		cb.stroke();
		cb.restoreState();
	}

	/** Width of a line of text in points, including the extra space between characters. */
	float textWidth(String text, float size, float spacing) {
		int chars = text.codePointCount(0, text.length());
		return font.getWidthPoint(text, size) + spacing * Math.max(0, chars - 1);
	}

	/** The largest size up to {@code preferred}, and at least {@code min}, at which the text fits the width. */
	float fittingSize(String text, float maxWidth, float preferred, float min) {
		float natural = font.getWidthPoint(text, preferred);
		if (natural <= maxWidth) {
			return preferred;
		}
		return Math.max(min, preferred * maxWidth / natural);
	}

	/**
	 * Breaks text into lines no wider than {@code maxWidth}. Chinese has no spaces to break at, so any character
	 * boundary will do; a surrogate pair is never split.
	 */
	List<String> wrap(String text, float size, float maxWidth) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		int end = 0;
		while (end < text.length()) {
			int next = text.offsetByCodePoints(end, 1);
			if (end > start && font.getWidthPoint(text.substring(start, next), size) > maxWidth) {
				lines.add(text.substring(start, end));
				start = end;
			}
			end = next;
		}
		lines.add(text.substring(start));
		return lines;
	}

	/**
	 * Like {@link #wrap}, but with lines of about equal length, so that a long name reads as a block rather than as a
	 * full line with a stray tail.
	 */
	List<String> balancedWrap(String text, float size, float maxWidth) {
		List<String> greedy = wrap(text, size, maxWidth);
		if (greedy.size() < 2) {
			return greedy;
		}
		int chars = text.codePointCount(0, text.length());
		int perLine = (chars + greedy.size() - 1) / greedy.size();
		List<String> lines = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int remaining = text.codePointCount(start, text.length());
			int end = text.offsetByCodePoints(start, Math.min(perLine, remaining));
			String line = text.substring(start, end);
			if (font.getWidthPoint(line, size) > maxWidth) {
				return greedy;
			}
			lines.add(line);
			start = end;
		}
		return lines;
	}

	/** Draws one line of text; {@code align} is one of {@link PdfContentByte}'s ALIGN_ constants. */
	void text(String text, float x, float baseline, float size, int align, Color color, Weight weight,
			float spacing) {
		float width = textWidth(text, size, spacing);
		float left = switch (align) {
			case PdfContentByte.ALIGN_CENTER -> x - width / 2;
			case PdfContentByte.ALIGN_RIGHT -> x - width;
			default -> x;
		};
		cb.saveState();
		cb.beginText();
		cb.setFontAndSize(font, size);
		cb.setColorFill(color);
		cb.setCharacterSpacing(spacing);
		if (weight == Weight.BOLD) {
			// One regular face is shipped; outlining the glyphs in their own colour gives a convincing bold without a
			// second 10 MB font file.
			cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
			cb.setLineWidth(size * 0.035f);
			cb.setColorStroke(color);
		}
		cb.setTextMatrix(left, baseline);
		cb.showText(text);
		cb.endText();
		cb.restoreState();
	}

	void text(String text, float x, float baseline, float size, int align, Color color) {
		text(text, x, baseline, size, align, color, Weight.REGULAR, 0f);
	}

	/**
	 * The status (失效, 已过期) as a large, rotated, translucent red stamp across the middle of the page, drawn over
	 * the content so that it cannot be hidden by cropping, yet kept to the body of the sheet so that the QR code stays readable.
	 */
	void watermark(String label) {
		float diagonal = (float) Math.hypot(width(), height());
		float spacing = 0.18f;
		float size = Math.min(140f, 0.4f * diagonal / (label.codePointCount(0, label.length()) * (1 + spacing)));
		float textWidth = textWidth(label, size, size * spacing);
		double angle = Math.atan2(height(), width());
		float cos = (float) Math.cos(angle);
		float sin = (float) Math.sin(angle);

		cb.saveState();
		PdfGState translucent = new PdfGState();
		translucent.setFillOpacity(0.22f);
		translucent.setStrokeOpacity(0.3f);
		cb.setGState(translucent);
		// Centred a little above and right of the middle, on the body text, clear of the QR code bottom left.
		cb.concatCTM(cos, sin, -sin, cos, width() * 0.53f, height() * 0.55f);

		float padX = size * 0.3f;
		float boxHalfHeight = size * 0.68f;
		cb.setColorStroke(WATERMARK_RED);
		cb.setLineWidth(size * 0.05f);
		cb.rectangle(-textWidth / 2 - padX, -boxHalfHeight, textWidth + 2 * padX, 2 * boxHalfHeight);
		cb.stroke();

		cb.beginText();
		cb.setFontAndSize(font, size);
		cb.setColorFill(WATERMARK_RED);
		cb.setCharacterSpacing(size * spacing);
		// CJK glyphs sit about 0.12 em under the baseline and reach 0.88 em above it: shift to centre them.
		cb.setTextMatrix(-textWidth / 2, -size * 0.36f);
		cb.showText(label);
		cb.endText();
		cb.restoreState();
	}

	PdfContentByte content() {
		return cb;
	}

	enum Weight {
		REGULAR, BOLD
	}
}
