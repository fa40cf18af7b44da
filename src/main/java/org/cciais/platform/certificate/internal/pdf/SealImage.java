package org.cciais.platform.certificate.internal.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * The association's electronic seal (电子印章) as a PNG with a transparent background. Without a configured image the
 * platform draws its own: a red ring, the association's name along the upper arc, a five-pointed star in the middle
 * and 证书专用章 beneath it, in the style of a Chinese organisation's round seal. It is a generated picture, never a
 * copy of any real organisation's seal.
 */
public final class SealImage {

	/** The name along the arc. */
	public static final String ASSOCIATION = "中国通信工业协会信息安全分会";

	static final String PURPOSE = "证书专用章";

	private static final Color SEAL_RED = new Color(0xD4, 0x1C, 0x1C);

	private static final int SIZE = 600;

	private SealImage() {
	}

	/** Draws the generated seal: 600 × 600 pixels. */
	public static byte[] generated() {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(SEAL_RED);
			double centre = SIZE / 2.0;
			double radius = SIZE / 2.0 - 16;

			g.setStroke(new BasicStroke(18f));
			g.draw(new java.awt.geom.Ellipse2D.Double(centre - radius, centre - radius, 2 * radius, 2 * radius));

			Font font = font().deriveFont(Font.BOLD, 60f);
			arcText(g, font, ASSOCIATION, centre, centre, radius - 62, 236);
			g.fill(star(centre, centre - 6, 92, 37));
			Font small = font.deriveFont(Font.BOLD, 44f);
			straightText(g, small, PURPOSE, centre, centre + 172);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return png.toByteArray();
	}

	/** Characters centred on a circle of {@code radius}, spread over {@code sweepDegrees} of the upper arc, upright. */
	private static void arcText(Graphics2D g, Font font, String text, double cx, double cy, double radius,
			double sweepDegrees) {
		int n = text.codePointCount(0, text.length());
		double sweep = Math.toRadians(sweepDegrees);
		double start = -Math.PI / 2 - sweep / 2; // angle of the first character, measured from the x axis
		FontRenderContext frc = g.getFontRenderContext();
		int[] codePoints = text.codePoints().toArray();
		for (int i = 0; i < n; i++) {
			double angle = start + sweep * i / (n - 1);
			GlyphVector glyph = font.createGlyphVector(frc, new String(Character.toChars(codePoints[i])));
			Rectangle2D bounds = glyph.getVisualBounds();
			AffineTransform at = new AffineTransform();
			at.translate(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
			at.rotate(angle + Math.PI / 2);
			at.translate(-bounds.getCenterX(), -bounds.getCenterY());
			g.fill(at.createTransformedShape(glyph.getOutline()));
		}
	}

	private static void straightText(Graphics2D g, Font font, String text, double cx, double cy) {
		GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
		Rectangle2D bounds = glyphs.getVisualBounds();
		AffineTransform at = AffineTransform.getTranslateInstance(cx - bounds.getCenterX(), cy - bounds.getCenterY());
		g.fill(at.createTransformedShape(glyphs.getOutline()));
	}

	private static Path2D star(double cx, double cy, double outer, double inner) {
		Path2D star = new Path2D.Double();
		for (int i = 0; i < 10; i++) {
			double r = i % 2 == 0 ? outer : inner;
			double angle = -Math.PI / 2 + i * Math.PI / 5;
			double x = cx + r * Math.cos(angle);
			double y = cy + r * Math.sin(angle);
			if (i == 0) {
				star.moveTo(x, y);
			}
			else {
				star.lineTo(x, y);
			}
		}
		star.closePath();
		return star;
	}

	private static Font font() {
		try (InputStream in = SealImage.class.getClassLoader().getResourceAsStream(CertificateFont.BUNDLED_RESOURCE)) {
			if (in == null) {
				return new Font(Font.SANS_SERIF, Font.BOLD, 64);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException e) {
			return new Font(Font.SANS_SERIF, Font.BOLD, 64);
		}
	}
}
