package org.cciais.platform.shared.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.IdNumbers;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Excel export of any list, with its filters and sort: the page's 导出 Excel link ({@code ?export=xlsx}, see
 * {@link ListLinks#export()}) and the API URL asked with {@code Accept: }{@value ExcelExport#CONTENT_TYPE} both end
 * here. Every matching row is written (page and size are ignored), fetched from the database {@value #CHUNK} at a
 * time through the list's own paged query (one read-only transaction each, so nothing accumulates) and streamed
 * through {@link ExcelExport#stream}. The file is named after the list and today's date ({@code 资质申请-2026-12-01.xlsx},
 * list labels {@code export.list.<list>}); each export is audited ({@code list.export}: who, which list, the filters,
 * how many rows). Column headers are message keys ({@code export.column.*}), or the words themselves; a cell whose
 * value is a code ({@code Labelled}) has its name in the reader's language.
 */
@Component
public class ListExports {

	/** The request parameter of a page's export link, as a mapping condition: {@code params = ListExports.PARAM}. */
	public static final String PARAM = "export=xlsx";

	static final int CHUNK = 1000;

	private static final Set<String> NOT_FILTERS = Set.of("page", "size", "sort", "export", "_csrf");

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	ListExports(Clock clock, ApplicationEventPublisher events, MessageSource messages) {
		this.clock = clock;
		this.events = events;
		this.messages = messages;
	}

	/**
	 * Writes every row {@code fetch} finds, in the order {@code sort} of {@code params} asks for (a bad sort is
	 * refused before anything is written), as {@code <label>-<today>.xlsx}.
	 * @param list the list's key ({@code applications}, {@code audit}, …): its label and its audit id
	 * @param fetch the list's paged query with its filters applied
	 */
	public <T> long write(String list, ListParams params, Sortable sortable, Function<PageRequest, ? extends Slice<T>> fetch,
			List<ExcelExport.Column<T>> columns, PlatformPrincipal me, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Sort sort = sortable.resolve(params.sort());
		String label = label(list);
		ExcelExport.headers(response, label + "-" + LocalDate.now(clock) + ".xlsx");
		Locale locale = LocaleContextHolder.getLocale();
		List<ExcelExport.Column<T>> headed = columns.stream()
			.map(c -> new ExcelExport.Column<T>(text(c.header()), c.value().andThen(v -> said(v, locale))))
			.toList();
		long rows = ExcelExport.stream(response.getOutputStream(), label, headed, chunks(fetch, sort));
		events.publishEvent(AuditRecord.of(me, "list.export", "list", list,
				text("export.audit.detail", label, filters(request), sortText(params), rows)));
		return rows;
	}

	/** Every row, asked for {@value #CHUNK} at a time in a stable order (the sort ends with the id). */
	static <T> Iterator<T> chunks(Function<PageRequest, ? extends Slice<T>> fetch, Sort sort) {
		return new Iterator<>() {
			private int number;
			private Iterator<T> current = List.<T>of().iterator();
			private boolean more = true;

			@Override
			public boolean hasNext() {
				while (!current.hasNext() && more) {
					Slice<T> slice = fetch.apply(PageRequest.of(number++, CHUNK, sort));
					current = slice.getContent().iterator();
					more = slice.hasNext() && slice.getNumberOfElements() == CHUNK;
				}
				return current.hasNext();
			}

			@Override
			public T next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return current.next();
			}
		};
	}

	private String label(String list) {
		return text("export.list." + list);
	}

	private String sortText(ListParams params) {
		return params.sort() == null || params.sort().isBlank() ? text("export.audit.defaultSort") : params.sort();
	}

	/** The filters of the request as sent ({@code status=SUBMITTED, q=…}), paging left out. */
	private String filters(HttpServletRequest request) {
		StringJoiner filters = new StringJoiner(", ");
		request.getParameterMap().forEach((name, values) -> {
			if (!NOT_FILTERS.contains(name)) {
				for (String v : values) {
					if (v != null && !v.isBlank()) {
						// a 身份证号 typed into a search never reaches the audit log unmasked
						String value = v.trim().matches("\\d{17}[0-9Xx]") ? IdNumbers.mask(v.trim()) : v.trim();
						filters.add(name + "=" + value);
					}
				}
			}
		});
		return filters.length() == 0 ? text("export.audit.noFilter") : filters.toString();
	}

	/** A code in a cell ({@code Labelled}: an industry, a status) in the reader's language; anything else as it is. */
	private Object said(Object value, Locale locale) {
		return value instanceof MessageSourceResolvable code ? messages.getMessage(code, locale) : value;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
