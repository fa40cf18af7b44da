package org.cciais.platform.shared.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page of a list endpoint as API.md describes it: the body stays a JSON array, the total goes in
 * {@code X-Total-Count} and the neighbours in an RFC 8288 {@code Link} header.
 */
public final class ApiPages {

	private ApiPages() {
	}

	public static <T> ResponseEntity<List<T>> of(Page<T> page, HttpServletRequest request) {
		int last = Math.max(page.getTotalPages() - 1, 0);
		List<String> links = new ArrayList<>();
		links.add(link(request, 0, "first"));
		if (page.getNumber() > 0) {
			links.add(link(request, Math.min(page.getNumber() - 1, last), "prev"));
		}
		if (page.getNumber() < last) {
			links.add(link(request, page.getNumber() + 1, "next"));
		}
		links.add(link(request, last, "last"));
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(page.getTotalElements()))
			.header("Link", String.join(", ", links))
			.body(page.getContent());
	}

	private static String link(HttpServletRequest request, int page, String rel) {
		String uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page", page).toUriString();
		return "<" + uri + ">; rel=\"" + rel + "\"";
	}
}
