package org.cciais.platform.personnel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The empty import file offered for download, with the Chinese header {@link EngineerCsv} reads: as CSV (UTF-8
 * with a byte-order mark, so that Excel opens it with the Chinese intact) and as an Excel workbook whose 身份证号,
 * 证书编号 and 信用代码 columns are text, so that Excel keeps all 18 digits instead of writing 1.10101E+17.
 * The workbook is for filling in: it is saved as CSV before the import.
 */
public final class EngineerImportTemplate {

	/** Rows of the workbook formatted as text, beyond which nobody imports in one file (the import takes 5000). */
	private static final int TEXT_ROWS = 5000;

	private EngineerImportTemplate() {
	}

	/** @param english the English header ({@code idNumber,…}) instead of the Chinese one */
	public static void writeCsv(OutputStream out, boolean english) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
		printer.printRecord(english ? EngineerCsv.HEADER : EngineerCsv.CHINESE_HEADER);
		printer.flush();
	}

	/** @param sheetName the sheet's name in the reader's language */
	public static void writeXlsx(OutputStream out, boolean english, String sheetName) throws IOException {
		List<String> header = english ? EngineerCsv.HEADER : EngineerCsv.CHINESE_HEADER;
		Workbook workbook = new Workbook(out, "CCIAIS", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		int[] widths = { 24, 12, 24, 28, 24 };
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
			sheet.width(c, widths[c]);
		}
		sheet.range(0, 0, 0, header.size() - 1).style().bold().fillColor("DDEBF7").set();
		sheet.range(1, 0, TEXT_ROWS, 3).style().format("@").set();
		sheet.freezePane(0, 1);
		workbook.finish();
	}
}
