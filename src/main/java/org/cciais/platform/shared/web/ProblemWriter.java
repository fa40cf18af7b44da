package org.cciais.platform.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;

/**
 * Writes a minimal problem+json from servlet filters (authentication, throttling), before MVC is involved, with the
 * {@code type} and {@code code} of its {@link ProblemKind} (a 400 from a filter is always a malformed request).
 */
public final class ProblemWriter {

	private ProblemWriter() {
	}

	/** A problem whose {@code detail} is the message {@code key} in the request's language ({@link Languages#of}). */
	public static void write(HttpServletRequest request, HttpServletResponse response, int status,
			MessageSource messages, String key) throws IOException {
		write(response, status, messages.getMessage(key, null, key, Languages.of(request)));
	}

	public static void write(HttpServletResponse response, int status, String detail) throws IOException {
		write(response, status == 400 ? ProblemKind.MALFORMED_REQUEST : ProblemKind.of(status), status, detail);
	}

	public static void write(HttpServletResponse response, ProblemKind kind, int status, String detail)
			throws IOException {
		response.setStatus(status);
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"" + kind.type() + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail)
					+ "\",\"code\":\"" + kind.code() + "\"}");
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '"' -> out.append("\\\"");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.toString();
	}
}
