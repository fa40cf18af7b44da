package org.cciais.platform.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.internal.PlatformUserDetails;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.Languages;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * When a logged-in user switches language ({@code ?lang=} from the header switch), the account remembers it: mails
 * and notifications are written for a recipient, not for a request, so they need the language of the account.
 */
@Configuration(proxyBeanMethods = false)
class LanguageMemory implements WebMvcConfigurer, HandlerInterceptor {

	private final AccountManagement accounts;

	LanguageMemory(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String chosen = request.getParameter(Languages.PARAMETER);
		Long accountId = accountId();
		if (chosen != null && accountId != null) {
			Locale locale = parse(chosen);
			if (locale != null && Languages.isSupported(locale)) {
				accounts.rememberLanguage(accountId, locale);
			}
		}
		return true;
	}

	private static Locale parse(String chosen) {
		try {
			return StringUtils.parseLocale(chosen);
		}
		catch (IllegalArgumentException notALocale) {
			return null;
		}
	}

	private static Long accountId() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return null;
		}
		if (auth.getPrincipal() instanceof PlatformPrincipal p) {
			return p.accountId();
		}
		return auth.getPrincipal() instanceof PlatformUserDetails d ? d.principal().accountId() : null;
	}
}
