package org.cciais.platform.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Links of a list page ({@code @listLinks} in templates, see {@code fragments/admin-pager.html}): the current
 * address with its filters kept and only {@code page}, {@code size} or {@code sort} changed, so that a link or the
 * browser's back button shows the same page.
 */
@Component("listLinks")
public class ListLinks {

	/** The current list at page {@code n}. */
	public String page(int n) {
		return with("page", String.valueOf(n));
	}

	/** The current list with {@code n} rows a page, from its first page. */
	public String size(int n) {
		return with("size", String.valueOf(n), "page");
	}

	/** The current list, every matching row, as an .xlsx ({@link ListExports}): its filters and sort kept. */
	public String export() {
		return with("export", "xlsx", "page", "size");
	}

	/** The rows per page shown. */
	public int size() {
		String size = "GET".equals(request().getMethod()) ? request().getParameter("size") : null;
		return size == null || size.isBlank() ? ListParams.PAGE_DEFAULT_SIZE : Integer.parseInt(size.trim());
	}

	/** The page sizes offered. */
	public java.util.List<Integer> sizes() {
		return ListParams.PAGE_SIZES;
	}

	/** A paging parameter ({@code sort}, {@code size}) of the current address, null when absent or blank. */
	public String current(String name) {
		String value = request().getParameter(name);
		return value == null || value.isBlank() ? null : value;
	}

	/** Sorted by {@code field}: ascending, or the other way round when it is already the column sorted by. */
	public String sort(String field) {
		Sortable.Choice choice = choice();
		boolean ascending = choice == null || !choice.field().equals(field)
				|| choice.direction() == Sort.Direction.DESC;
		return with("sort", field + (ascending ? ",asc" : ",desc"), "page");
	}

	/** {@code aria-sort} of the column header of {@code field}. */
	public String ariaSort(String field) {
		Sortable.Choice choice = choice();
		if (choice == null || !choice.field().equals(field)) {
			return "none";
		}
		return choice.direction() == Sort.Direction.ASC ? "ascending" : "descending";
	}

	/** ▲ / ▼ beside the column sorted by, nothing beside the others. */
	public String arrow(String field) {
		return switch (ariaSort(field)) {
			case "ascending" -> "▲";
			case "descending" -> "▼";
			default -> "";
		};
	}

	private Sortable.Choice choice() {
		return (Sortable.Choice) request().getAttribute(ListParams.SORT_ATTRIBUTE);
	}

	/**
	 * The current path and parameters (in their order, blank ones left out) with {@code name} set to {@code value}
	 * and {@code dropped} removed. Built from the parameters rather than the raw query string, so the value of
	 * every filter is encoded once, whatever the browser sent.
	 */
	private static String with(String name, String value, String... dropped) {
		HttpServletRequest request = request();
		// a list shown again after a refused POST keeps none of the form's fields (a 身份证号 never goes in a link)
		Map<String, String[]> params = new LinkedHashMap<>(
				"GET".equals(request.getMethod()) ? request.getParameterMap() : Map.of());
		for (String d : dropped) {
			params.remove(d);
		}
		params.put(name, new String[] { value });
		StringJoiner query = new StringJoiner("&");
		params.forEach((key, values) -> {
			for (String v : values) {
				if (v != null && !v.isBlank()) {
					query.add(encode(key) + "=" + encode(v));
				}
			}
		});
		return request.getRequestURI() + "?" + query;
	}

	/** Form-encoded, but with readable commas ({@code sort=name,asc}). */
	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2C", ",");
	}

	private static HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}
}
