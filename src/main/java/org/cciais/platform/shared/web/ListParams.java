package org.cciais.platform.shared.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.shared.InvalidInputException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * {@code page} (0-based), {@code size} and {@code sort=field,asc|desc} of a list request, as sent (a controller
 * parameter of this type is filled from the query string). {@link #api} checks them for an endpoint (size 1–500,
 * 50 by default), {@link #page} for a page (20, 50 or 100; 20 by default); a refusal is a 400 naming the parameter.
 */
@ParameterObject
public record ListParams(@Parameter(description = "页码（从 0 开始） / page, 0-based") String page,
		@Parameter(description = "每页条数（默认 50，最多 500） / page size, default 50, at most 500") String size,
		@Parameter(description = "排序 field,asc|desc / sort column and direction") String sort) {

	public static final int API_DEFAULT_SIZE = 50;

	public static final int API_MAX_SIZE = 500;

	public static final int PAGE_DEFAULT_SIZE = 20;

	public static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

	/** Request attribute holding the {@link Sortable.Choice} of the list shown (for the column headers). */
	static final String SORT_ATTRIBUTE = ListParams.class.getName() + ".sort";

	public static ListParams of(HttpServletRequest request) {
		return new ListParams(request.getParameter("page"), request.getParameter("size"),
				request.getParameter("sort"));
	}

	/** For an API endpoint: size 1–500 (50 when absent). */
	public Pageable api(Sortable sortable) {
		int n = size("size", size, API_DEFAULT_SIZE);
		if (n < 1 || n > API_MAX_SIZE) {
			throw new InvalidInputException("size", "paging.size.invalid", API_MAX_SIZE);
		}
		return PageRequest.of(pageNumber(), n, sortable.resolve(sort));
	}

	/** For a list page: size 20, 50 or 100 (20 when absent); remembers the sort for the column headers. */
	public Pageable page(Sortable sortable, HttpServletRequest request) {
		int n = size("size", size, PAGE_DEFAULT_SIZE);
		if (!PAGE_SIZES.contains(n)) {
			throw new InvalidInputException("size", "paging.size.choice", "20 / 50 / 100");
		}
		Pageable pageable = PageRequest.of(pageNumber(), n, sortable.resolve(sort));
		Sortable.Choice choice = sortable.choice(sort);
		if (choice != null) {
			request.setAttribute(SORT_ATTRIBUTE, choice);
		}
		return pageable;
	}

	private int pageNumber() {
		int n = size("page", page, 0);
		if (n < 0) {
			throw new InvalidInputException("page", "paging.page.invalid");
		}
		return n;
	}

	private static int size(String name, String value, int absent) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(name, "paging.number.invalid");
		}
	}
}
