package org.cciais.platform.certificate.internal.pdf;

import java.io.OutputStream;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Renders a certificate's 正本 (landscape A4) and 副本 (portrait A4) as single-page PDFs with Chinese text in an
 * embedded font, a QR code to the public verification page and, when the certificate is not in force, a watermark
 * with its status.
 * <p>
 * Thread-safe: each call writes its own document; the loaded font is shared.
 */
@Component
public class CertificatePdfRenderer {

	private static final Rectangle LANDSCAPE_A4 = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());

	private volatile CertificateFont font;
	private final Supplier<byte[]> seal;

	/** With the generated seal (tests, and installations without {@code CCIAIS_SEAL_IMAGE}). */
	public CertificatePdfRenderer() {
		this(SealImage::generated);
	}

	/** {@code seal} gives the PNG pressed over the issuing line; it is asked once, on the first rendering. */
	@Autowired
	public CertificatePdfRenderer(CertificateSeal seal) {
		this((Supplier<byte[]>) seal::png);
	}

	CertificatePdfRenderer(Supplier<byte[]> seal) {
		// The 10 MB font is parsed on the first rendering, not at start-up: it cost seconds of every cold start.
		this.seal = new Supplier<>() {
			private volatile byte[] png;

			@Override
			public byte[] get() {
				byte[] loaded = png;
				if (loaded == null) {
					loaded = seal.get();
					png = loaded;
				}
				return loaded;
			}
		};
	}

	private CertificateFont font() {
		CertificateFont loaded = font;
		if (loaded == null) {
			synchronized (this) {
				loaded = font;
				if (loaded == null) {
					loaded = CertificateFont.load();
					font = loaded;
				}
			}
		}
		return loaded;
	}

	/** Writes the 正本 to {@code out}, which is flushed but left open for the caller to close. */
	public void renderOriginal(CertificatePrintData data, OutputStream out) {
		// A wide media box rather than A4.rotate(): that one writes a portrait box with /Rotate 90, which some
		// viewers and tools (PDFBox's page size included) report as portrait.
		render(data, out, LANDSCAPE_A4, CertificateWording.ORIGINAL, OriginalSheet::draw);
	}

	/** Writes the 副本 to {@code out}, which is flushed but left open for the caller to close. */
	public void renderCopy(CertificatePrintData data, OutputStream out) {
		render(data, out, PageSize.A4, CertificateWording.COPY, CopySheet::draw);
	}

	private void render(CertificatePrintData data, OutputStream out, Rectangle page, String sheet,
			BiConsumer<SheetCanvas, CertificatePrintData> layout) {
		Document document = new Document(page, 0, 0, 0, 0);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		// The caller owns the stream (often a servlet response) and decides when it ends.
		writer.setCloseStream(false);
		document.addTitle(CertificateWording.TITLE + "（" + sheet + "）" + data.number());
		document.addSubject(data.enterpriseName());
		document.addAuthor(CertificateWording.ISSUER);
		document.addCreator("CCIAIS");
		document.open();
		layout.accept(new SheetCanvas(writer.getDirectContent(), font().baseFont(), page, seal.get()), data);
		document.close();
	}
}
