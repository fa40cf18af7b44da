package org.cciais.platform.account.internal;

import java.util.List;

import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller method declare a {@link PlatformPrincipal} parameter, for session and token log-ins alike;
 * null when nobody is logged in.
 */
@Configuration(proxyBeanMethods = false)
class PrincipalArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PlatformPrincipal.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		return current();
	}

	static PlatformPrincipal current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return null;
		}
		if (auth.getPrincipal() instanceof PlatformPrincipal p) {
			return p;
		}
		if (auth.getPrincipal() instanceof PlatformUserDetails d) {
			return d.principal();
		}
		return null;
	}
}
