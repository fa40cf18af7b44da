package org.cciais.platform.shared.web;

import org.cciais.platform.shared.PlatformPrincipal;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document shows what callers send: the resolved caller ({@link PlatformPrincipal}) is no parameter. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(PlatformPrincipal.class);
	}
}
