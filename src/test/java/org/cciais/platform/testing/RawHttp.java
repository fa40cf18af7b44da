package org.cciais.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what no HTTP client lets a test send: a request line exactly as written
 * (malformed percent-encodings), any {@code Host}, or a chosen local address (127.0.0.2 as a second machine).
 */
public final class RawHttp {

	public record Answer(int status, Map<String, String> headers, String body) {
	}

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	public Answer send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
		return send("127.0.0.1", method, target, headers, body);
	}

	/** One request from the local address {@code from}; header names as given ({@code Host} defaults to ours). */
	public Answer send(String from, String method, String target, Map<String, String> headers, byte[] body)
			throws IOException {
		byte[] content = body == null ? new byte[0] : body;
		StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
		if (headers.keySet().stream().noneMatch("Host"::equalsIgnoreCase)) {
			request.append("Host: 127.0.0.1:").append(port).append("\r\n");
		}
		headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
		request.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
			socket.setSoTimeout(30000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.write(content);
			out.flush();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(all);
			// ISO-8859-1: one character per byte, so chunk sizes count right; the body is decoded as UTF-8 after.
			String text = all.toString(StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
			Map<String, String> answerHeaders = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					// a header sent more than once (Set-Cookie) keeps every value, one per line
					answerHeaders.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).trim(), (a, b) -> a + "\n" + b);
				}
			}
			String rest = end < 0 ? "" : text.substring(end + 4);
			String raw = "chunked".equalsIgnoreCase(answerHeaders.get("transfer-encoding")) ? unchunk(rest) : rest;
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), answerHeaders,
					new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		}
	}

	private static String unchunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (true) {
			int lineEnd = chunked.indexOf("\r\n", at);
			if (lineEnd < 0) {
				return body.toString();
			}
			int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				return body.toString();
			}
			body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
			at = lineEnd + 2 + size + 2;
		}
	}
}
