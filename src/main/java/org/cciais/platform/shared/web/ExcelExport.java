package org.cciais.platform.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * An .xlsx download written with fastexcel's streaming writer: one sheet per table, a bold header row, then the
 * rows (numbers stay numbers). The file name may be Chinese (RFC 5987 {@code filename*=UTF-8''…}).
 */
public final class ExcelExport {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** One sheet: its name (≤ 31 characters, no {@code []:*?/\}), the headers and the rows. */
	public record Sheet(String name, List<String> headers, List<List<?>> rows) {
	}

	private ExcelExport() {
	}

	public static void write(HttpServletResponse response, String fileName, List<Sheet> sheets) throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		write(response.getOutputStream(), sheets);
	}

	public static void write(OutputStream out, List<Sheet> sheets) throws IOException {
		Workbook workbook = new Workbook(out, "CCIAIS", "1.0");
		for (Sheet sheet : sheets) {
			Worksheet ws = workbook.newWorksheet(sheet.name());
			for (int c = 0; c < sheet.headers().size(); c++) {
				ws.value(0, c, sheet.headers().get(c));
				ws.style(0, c).bold().set();
				ws.width(c, Math.max(10, sheet.headers().get(c).length() * 2.5));
			}
			int r = 1;
			for (List<?> row : sheet.rows()) {
				for (int c = 0; c < row.size(); c++) {
					Object v = row.get(c);
					if (v instanceof Number n) {
						ws.value(r, c, n);
					}
					else if (v != null) {
						ws.value(r, c, v.toString());
					}
				}
				r++;
			}
			ws.finish();
		}
		workbook.finish();
	}
}
