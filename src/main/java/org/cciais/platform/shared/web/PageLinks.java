package org.cciais.platform.shared.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * For the pager of list pages: the current request's path and filters without {@code page}, ready for
 * {@code page=N} to be appended (see {@code fragments/admin-pager.html}).
 */
public final class PageLinks {

	private PageLinks() {
	}

	public static String base() {
		String uri = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.query(ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery())
			.replaceQueryParam("page")
			.build()
			.toUriString();
		String path = uri.replaceFirst("^[a-z]+://[^/]+", "");
		return path + (path.contains("?") ? "&" : "?");
	}
}
