package org.cciais.platform.certificate.internal.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** A rendered PDF read back the way a person or a phone would read it: its text, its page image, its QR code. */
final class RenderedSheet implements AutoCloseable {

	private final Path file;
	private final PDDocument document;

	private RenderedSheet(Path file) throws IOException {
		this.file = file;
		this.document = Loader.loadPDF(file.toFile());
	}

	static RenderedSheet of(Path file) throws IOException {
		return new RenderedSheet(file);
	}

	int pages() {
		return document.getNumberOfPages();
	}

	PDPage page() {
		return document.getPage(0);
	}

	long bytes() throws IOException {
		return Files.size(file);
	}

	String text() throws IOException {
		return new PDFTextStripper().getText(document);
	}

	/** The text with line breaks and spaces removed, for content that the layout may wrap. */
	String textWithoutBreaks() throws IOException {
		return text().replaceAll("\\s+", "");
	}

	List<PDFont> fonts() throws IOException {
		PDResources resources = page().getResources();
		List<PDFont> fonts = new ArrayList<>();
		for (var name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		return fonts;
	}

	/** Renders the page at a phone-camera-like resolution and decodes the QR code on it. */
	String qrCode() throws IOException, NotFoundException, ChecksumException, FormatException {
		BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new QRCodeReader().decode(bitmap, hints).getText();
	}

	@Override
	public void close() throws IOException {
		document.close();
	}
}
