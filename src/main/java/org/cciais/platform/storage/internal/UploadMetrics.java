package org.cciais.platform.storage.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PayloadTooLargeException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.shared.UnsupportedFileException;
import org.springframework.stereotype.Component;

/** {@code cciais_uploads_total}, {@code cciais_upload_bytes_total}, {@code cciais_upload_refusals_total{reason}}. */
@Component
public class UploadMetrics {

	private final MeterRegistry registry;
	private final Counter uploads;
	private final Counter bytes;

	UploadMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.uploads = Counter.builder("cciais.uploads").description("files stored").register(registry);
		this.bytes = Counter.builder("cciais.upload.bytes").baseUnit("bytes").description("bytes stored")
			.register(registry);
	}

	public void stored(long size) {
		uploads.increment();
		bytes.increment(size);
	}

	/** Counts the refusal by reason ({@code too_large}, {@code unsupported_kind}, {@code empty}) and returns it. */
	public <E extends PlatformException> E refused(E refusal) {
		String reason = refusal instanceof PayloadTooLargeException ? "too_large"
				: refusal instanceof UnsupportedFileException ? "unsupported_kind"
						: refusal instanceof InvalidInputException ? "empty" : "other";
		Counter.builder("cciais.upload.refusals").tag("reason", reason).description("uploads refused")
			.register(registry)
			.increment();
		return refusal;
	}
}
