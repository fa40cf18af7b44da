package org.cciais.platform.account.internal;

import java.time.Clock;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.LoginLog;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.ObjectMapper;

/** Puts the 登录日志 filter just in front of Spring Security, inside Spring Session's filter. */
@Configuration(proxyBeanMethods = false)
class LoginLogConfiguration {

	@Bean
	FilterRegistrationBean<LoginLogFilter> loginLogFilter(LoginLog log, AccountManagement accounts, ObjectMapper json,
			Clock clock) {
		var registration = new FilterRegistrationBean<>(new LoginLogFilter(log, accounts, json, clock));
		registration.addUrlPatterns(LoginLogFilter.PAGE_LOGIN, LoginLogFilter.TOKEN);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}
}
