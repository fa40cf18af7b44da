package org.cciais.platform.storage.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.cciais.platform.storage.FileKind;

/**
 * Recognises a file by its bytes. PDF: {@code %PDF-} at byte 0 (a file that starts with anything else, e.g. HTML
 * before the marker, is what a browser might sniff as something else) and {@code %%EOF} in the last 2 KiB (a
 * truncated upload has no trailer). RAR: the RAR 4 ({@code Rar!\x1A\x07\x00}) or RAR 5
 * ({@code Rar!\x1A\x07\x01\x00}) marker at byte 0. Hand-written because the only
 * library that reads RAR (junrar) is not open source; signatures need no parser.
 */
public final class Signatures {

	private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] PDF_TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] RAR4 = { 'R', 'a', 'r', '!', 0x1A, 0x07, 0x00 };
	private static final byte[] RAR5 = { 'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00 };

	private Signatures() {
	}

	public static boolean matches(Path file, FileKind kind) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
			long length = raf.length();
			byte[] head = new byte[(int) Math.min(1024, length)];
			raf.readFully(head);
			return switch (kind) {
				case PDF -> startsWith(head, PDF_HEADER) && hasPdfTrailer(raf, length);
				case RAR -> startsWith(head, RAR4) || startsWith(head, RAR5);
			};
		}
	}

	private static boolean hasPdfTrailer(RandomAccessFile raf, long length) throws IOException {
		int tailLength = (int) Math.min(2048, length);
		byte[] tail = new byte[tailLength];
		raf.seek(length - tailLength);
		raf.readFully(tail);
		return indexOf(tail, PDF_TRAILER) >= 0;
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static int indexOf(byte[] data, byte[] needle) {
		outer: for (int i = 0; i <= data.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (data[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
