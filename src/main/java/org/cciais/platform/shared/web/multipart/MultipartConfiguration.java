package org.cciais.platform.shared.web.multipart;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Multipart parsing by {@link StreamingMultipartFilter}, ahead of Spring Security (the container's multipart support
 * is switched off: {@code spring.servlet.multipart.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
class MultipartConfiguration {

	@Bean
	FilterRegistrationBean<StreamingMultipartFilter> streamingMultipartFilter(
			@Value("${cciais.data-dir}") String dataDir, @Value("${cciais.upload.max-bytes}") long maxBytes,
			MessageSource messages) {
		var registration = new FilterRegistrationBean<>(
				new StreamingMultipartFilter(Path.of(dataDir, "tmp").toAbsolutePath(), maxBytes, messages));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}
}
