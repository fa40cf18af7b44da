package org.cciais.platform.shared.web.multipart;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.shared.web.ErrorHandling;
import org.cciais.platform.shared.web.Languages;
import org.cciais.platform.shared.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.DefaultMultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Parses every multipart request before Spring Security reads its CSRF field, with {@link StreamingMultipartParser}
 * instead of the container's parser. Tomcat's parser refuses the whole request at its size limit, so a page upload
 * over 100 MB lost the form (and showed the container's error page); here the form always reaches its controller,
 * which puts the message beside the file and keeps every typed value. The request's temporary files are deleted when
 * it has been answered, accepted or refused.
 */
public class StreamingMultipartFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(StreamingMultipartFilter.class);

	private final StreamingMultipartParser parser;
	private final MessageSource messages;

	public StreamingMultipartFilter(Path tmp, long maxFileBytes, MessageSource messages) {
		this.parser = new StreamingMultipartParser(tmp, maxFileBytes);
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		// already parsed (MockMvc's multipart requests), possibly under a wrapper such as Spring Session's
		return WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null || type == null
				|| !type.toLowerCase().startsWith("multipart/") || "GET".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DefaultMultipartHttpServletRequest multipart;
		try {
			multipart = parser.parse(request);
		}
		catch (MultipartException ex) {
			log.info("unreadable multipart body on {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMostSpecificCause().getMessage());
			if (response.isCommitted()) {
				return;
			}
			if (ErrorHandling.isApi(request)) {
				ProblemWriter.write(response, HttpServletResponse.SC_BAD_REQUEST,
						messages.getMessage("error.multipart", null, "error.multipart", Languages.of(request)));
			}
			else {
				// Forwarded, not sendError(): an ERROR dispatch of a POST would meet the CSRF check and answer 403.
				request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
				request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				request.getRequestDispatcher("/error").forward(request, response);
			}
			return;
		}
		try {
			chain.doFilter(multipart, response);
		}
		finally {
			StreamingMultipartParser.cleanUp(multipart.getMultiFileMap());
		}
	}
}
