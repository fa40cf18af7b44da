package org.cciais.platform.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * An .xlsx download written with fastexcel's streaming writer: one sheet per table, a bold header row, then the
 * rows. Numbers stay numbers; {@link LocalDate}s, {@link Instant}s and date-times become Excel date cells (Beijing
 * time); row texts are written inline, so that no table of every distinct text grows in memory. A streamed sheet
 * ({@link #stream}) flushes its rows to the output every {@value #FLUSH_EVERY} rows: the heap holds one chunk, not
 * the file. The file name may be Chinese (RFC 5987 {@code filename*=UTF-8''…}).
 */
public final class ExcelExport {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int FLUSH_EVERY = 500;

	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

	/** One sheet: its name (≤ 31 characters, no {@code []:*?/\}), the headers and the rows. */
	public record Sheet(String name, List<String> headers, List<List<?>> rows) {
	}

	/** A column of a streamed sheet: its header and what a row shows in it. */
	public record Column<T>(String header, Function<? super T, ?> value) {
	}

	public static <T> Column<T> column(String header, Function<? super T, ?> value) {
		return new Column<>(header, value);
	}

	private ExcelExport() {
	}

	/** Sets the type and a Chinese-safe {@code Content-Disposition: attachment} of an .xlsx answer. */
	public static void headers(HttpServletResponse response, String fileName) {
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

	public static void write(HttpServletResponse response, String fileName, List<Sheet> sheets) throws IOException {
		headers(response, fileName);
		write(response.getOutputStream(), sheets);
	}

	public static void write(OutputStream out, List<Sheet> sheets) throws IOException {
		Workbook workbook = new Workbook(out, "CCIAIS", "1.0");
		for (Sheet sheet : sheets) {
			Worksheet ws = workbook.newWorksheet(sheet.name());
			header(ws, sheet.headers());
			int r = 1;
			for (List<?> row : sheet.rows()) {
				for (int c = 0; c < row.size(); c++) {
					cell(ws, r, c, row.get(c));
				}
				r++;
			}
			ws.finish();
		}
		workbook.finish();
	}

	/**
	 * One sheet of {@code columns}, its rows taken one by one from {@code rows} and flushed in chunks.
	 * @return how many rows were written (the header not counted)
	 */
	public static <T> long stream(OutputStream out, String sheetName, List<Column<T>> columns,
			Iterator<? extends T> rows) throws IOException {
		Workbook workbook = new Workbook(out, "CCIAIS", "1.0");
		Worksheet ws = workbook.newWorksheet(sheetName);
		header(ws, columns.stream().map(Column::header).toList());
		// the date formats are set once per column and chunk (a range), not once per cell: per cell, fastexcel
		// builds and merges the style again each time, a quarter of a 50,000-row export (bench/RESULTS.md)
		Map<Integer, String> formats = new TreeMap<>();
		int r = 1;
		int chunkStart = 1;
		while (rows.hasNext()) {
			T row = rows.next();
			for (int c = 0; c < columns.size(); c++) {
				String format = value(ws, r, c, columns.get(c).value().apply(row));
				if (format != null) {
					formats.putIfAbsent(c, format);
				}
			}
			if (r % FLUSH_EVERY == 0) {
				format(ws, formats, chunkStart, r);
				ws.flush();
				chunkStart = r + 1;
			}
			r++;
		}
		format(ws, formats, chunkStart, r - 1);
		ws.finish();
		workbook.finish();
		return r - 1L;
	}

	private static void format(Worksheet ws, Map<Integer, String> formats, int top, int bottom) {
		if (bottom >= top) {
			formats.forEach((c, format) -> ws.range(top, c, bottom, c).style().format(format).set());
		}
	}

	private static void header(Worksheet ws, List<String> headers) {
		for (int c = 0; c < headers.size(); c++) {
			ws.value(0, c, headers.get(c));
			ws.style(0, c).bold().set();
			ws.width(c, Math.max(10, headers.get(c).length() * 2.5));
		}
		ws.freezePane(0, 1);
	}

	private static void cell(Worksheet ws, int r, int c, Object v) {
		String format = value(ws, r, c, v);
		if (format != null) {
			ws.style(r, c).format(format).set();
		}
	}

	/** Writes the value; returns the date format its cell needs, if it is a date. */
	private static String value(Worksheet ws, int r, int c, Object v) {
		if (v == null) {
			return null;
		}
		if (v instanceof Number n) {
			ws.value(r, c, n);
		}
		else if (v instanceof LocalDate d) {
			ws.value(r, c, d);
			return DATE_FORMAT;
		}
		else if (v instanceof Instant || v instanceof OffsetDateTime || v instanceof ZonedDateTime
				|| v instanceof LocalDateTime) {
			ws.value(r, c, beijing(v));
			return DATE_TIME_FORMAT;
		}
		else {
			ws.inlineString(r, c, v.toString());
		}
		return null;
	}

	private static LocalDateTime beijing(Object v) {
		if (v instanceof Instant i) {
			return LocalDateTime.ofInstant(i, DateRanges.BEIJING);
		}
		if (v instanceof OffsetDateTime o) {
			return LocalDateTime.ofInstant(o.toInstant(), DateRanges.BEIJING);
		}
		if (v instanceof ZonedDateTime z) {
			return LocalDateTime.ofInstant(z.toInstant(), DateRanges.BEIJING);
		}
		return (LocalDateTime) v;
	}
}
