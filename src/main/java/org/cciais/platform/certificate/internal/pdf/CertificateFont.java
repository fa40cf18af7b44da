package org.cciais.platform.certificate.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * The one CJK font the certificate sheets are set in.
 * <p>
 * Noto Sans SC (SIL Open Font License, see {@code fonts/NotoSansSC-OFL.txt}) ships inside the application under
 * {@code fonts/}, so {@code java -jar} prints real glyphs on any machine, with or without system fonts. The file is the
 * TrueType build of {@code com.helger.font:ph-fonts-noto-sans-sc} from Maven Central; that artifact itself is not a
 * dependency because it carries six weights (37 MB) where one is enough. Debian's WenQuanYi Micro Hei is only a
 * fallback for a build whose resources were stripped.
 * <p>
 * Glyphs are embedded as a subset with Identity-H, so a PDF holds only the characters it uses (tens of kB) and shows
 * them the same in every viewer. One loaded font serves all renderings: OpenPDF subsets from a private copy of the font
 * data per document, so sharing it across threads is safe, and parsing the 10 MB file once saves time per request.
 */
final class CertificateFont {

	static final String BUNDLED_RESOURCE = "fonts/NotoSansSC-Regular.ttf";
	static final Path DEBIAN_FALLBACK = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	private final BaseFont baseFont;
	private final String source;

	private CertificateFont(BaseFont baseFont, String source) {
		this.baseFont = baseFont;
		this.source = source;
	}

	/** Loads the bundled font, else the Debian one; fails with a message that says how to fix it. */
	static CertificateFont load() {
		ClassLoader loader = CertificateFont.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(BUNDLED_RESOURCE)) {
			if (in != null) {
				// The name must end in .ttf: OpenPDF picks the font parser from it even when given the bytes.
				return new CertificateFont(create("NotoSansSC-Regular.ttf", in.readAllBytes()),
						"classpath:" + BUNDLED_RESOURCE);
			}
			if (Files.isReadable(DEBIAN_FALLBACK)) {
				// A TTC holds several faces; ",0" selects WenQuanYi Micro Hei (face 1 is its monospaced sibling).
				return new CertificateFont(create(DEBIAN_FALLBACK + ",0", null), DEBIAN_FALLBACK.toString());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the certificate font", e);
		}
		throw new IllegalStateException("No CJK font for certificate PDFs: the resource " + BUNDLED_RESOURCE
				+ " is missing from the class path and " + DEBIAN_FALLBACK
				+ " does not exist. Rebuild the application with its fonts, or install the Debian package"
				+ " fonts-wqy-microhei.");
	}

	private static BaseFont create(String name, byte[] bytes) throws IOException {
		try {
			// cached=false: this class keeps the instance; OpenPDF's static cache would hold a second reference forever.
			return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
		}
		catch (DocumentException e) {
			throw new IllegalStateException("The certificate font " + name + " cannot be embedded", e);
		}
	}

	BaseFont baseFont() {
		return baseFont;
	}

	/** Where the font came from, for logs and error messages. */
	String source() {
		return source;
	}
}
