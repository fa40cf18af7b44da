package org.cciais.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.application.ApplicationsExpired;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test-only places where a platform started as a child process ({@link PlatformProcess}) stops in the middle of
 * its work and waits to be killed, so that a SIGKILL lands there deterministically. Present only with
 * {@value #ENABLED}{@code =true}; a point is armed by the file {@code <data-dir>/crash-points/<point>.armed} and,
 * when reached, writes {@code <point>.reached} and blocks its thread for good:
 * <ul>
 * <li>{@code transition}: inside the transaction of an {@code accept}, after the state change and its history
 * entry were written, before the commit;</li>
 * <li>{@code sweep}: in the batch of the materials deadline sweep that reaches its {@value #SWEEP_AT}th expired case
 * (the second batch of 500), inside its transaction;</li>
 * <li>{@code listener}: in an asynchronous module listener of the next state change (with one task thread, the
 * module events after it stay unhandled);</li>
 * <li>{@code export}: in an Excel export ({@code export=xlsx}), once {@value #EXPORT_AT} bytes of the file were
 * written and sent to the client (the headers and the first rows are on the wire, the rest never comes).</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(name = CrashPoints.ENABLED, havingValue = "true")
public class CrashPoints {

	public static final String ENABLED = "cciais.test.crash-points";

	public static final int SWEEP_AT = 600;

	public static final int EXPORT_AT = 16 * 1024;

	private final Path dir;
	private final AtomicInteger expired = new AtomicInteger();

	CrashPoints(@Value("${cciais.data-dir}") String dataDir) {
		this.dir = folder(Path.of(dataDir));
	}

	public static Path folder(Path dataDir) {
		return dataDir.resolve("crash-points");
	}

	@EventListener
	void inTransaction(ApplicationStateChanged event) {
		if ("accept".equals(event.action())) {
			reach("transition");
		}
	}

	@EventListener
	void inTransaction(ApplicationsExpired batch) {
		if (armed("sweep") && expired.addAndGet(batch.changes().size()) >= SWEEP_AT) {
			reach("sweep");
		}
	}

	@ApplicationModuleListener
	void inListener(ApplicationStateChanged event) {
		reach("listener");
	}

	private boolean armed(String point) {
		return Files.exists(dir.resolve(point + ".armed"));
	}

	private void reach(String point) {
		if (!armed(point)) {
			return;
		}
		try {
			Files.delete(dir.resolve(point + ".armed"));
			Files.writeString(dir.resolve(point + ".reached"), Thread.currentThread().getName());
			new CountDownLatch(1).await();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The {@code export} point: a filter around the response of an export. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> exportCrashPoint() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				if (!"xlsx".equals(request.getParameter("export")) || !armed("export")) {
					chain.doFilter(request, response);
					return;
				}
				chain.doFilter(request, new HttpServletResponseWrapper(response) {
					private final ServletOutputStream out = new HoldingStream(response);

					@Override
					public ServletOutputStream getOutputStream() {
						return out;
					}
				});
			}
		};
		return new FilterRegistrationBean<>(filter);
	}

	/** Passes every byte on until {@value #EXPORT_AT} were written, then flushes them and stops at the point. */
	private final class HoldingStream extends ServletOutputStream {

		private final HttpServletResponse response;
		private long written;

		HoldingStream(HttpServletResponse response) {
			this.response = response;
		}

		@Override
		public void write(int b) throws IOException {
			response.getOutputStream().write(b);
			counted(1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			response.getOutputStream().write(b, off, len);
			counted(len);
		}

		private void counted(int n) throws IOException {
			written += n;
			if (written >= EXPORT_AT) {
				response.getOutputStream().flush();
				reach("export");
			}
		}

		@Override
		public void flush() throws IOException {
			response.getOutputStream().flush();
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException();
		}
	}
}
