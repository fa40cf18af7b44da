package org.cciais.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The remote address of the current request, for the audit log; null outside a request (scheduled jobs). */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			HttpServletRequest request = attrs.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
