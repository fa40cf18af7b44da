package org.cciais.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page {@code currentPath}, which the layout's side menu uses to mark the active entry; Thymeleaf 3.1
 * no longer lets templates read the request itself.
 */
@ControllerAdvice
class LayoutAttributes {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
