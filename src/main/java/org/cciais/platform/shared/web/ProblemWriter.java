package org.cciais.platform.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/** Writes a minimal problem+json from servlet filters (authentication, throttling), before MVC is involved. */
public final class ProblemWriter {

	private ProblemWriter() {
	}

	public static void write(HttpServletResponse response, int status, String detail) throws IOException {
		response.setStatus(status);
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		String escaped = detail.replace("\\", "\\\\").replace("\"", "\\\"");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + escaped + "\"}");
	}
}
