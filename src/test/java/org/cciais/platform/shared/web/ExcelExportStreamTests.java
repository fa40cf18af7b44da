package org.cciais.platform.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A streamed sheet over more than one chunk of {@value ExcelExport#FLUSH_EVERY} rows: every date cell, in every
 * chunk, is an Excel date with its format (the formats are set per column and chunk, not per cell).
 */
class ExcelExportStreamTests {

	record Line(long id, String name, LocalDate day, Instant at) {
	}

	@Test
	void everyDateCellOfEveryChunkIsFormattedAsADate() throws IOException {
		List<Line> lines = IntStream.rangeClosed(1, 1_001)
			.mapToObj(i -> new Line(i, "企业" + i, i == 700 ? null : LocalDate.of(2026, 12, 1),
					Instant.parse("2026-12-01T02:00:00Z")))
			.toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long written = ExcelExport.stream(out, "申请", List.of(ExcelExport.<Line>column("编号", Line::id),
				ExcelExport.<Line>column("企业", Line::name), ExcelExport.<Line>column("日期", Line::day),
				ExcelExport.<Line>column("时间", Line::at)), lines.iterator());

		assertThat(written).isEqualTo(1_001);
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
				new ReadingOptions(true, false))) {
			List<Row> rows = book.getFirstSheet().read();
			assertThat(rows).hasSize(1_002);
			assertThat(rows.get(0).getCellText(2)).isEqualTo("日期");
			for (int r : new int[] { 1, 500, 501, 1_000, 1_001 }) {
				Row row = rows.get(r);
				assertThat(row.getCellText(1)).isEqualTo("企业" + r);
				assertThat(row.getCell(2).getDataFormatString()).isEqualTo("yyyy-mm-dd");
				assertThat(row.getCellAsDate(2)).contains(LocalDateTime.of(2026, 12, 1, 0, 0));
				assertThat(row.getCell(3).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
				assertThat(row.getCellAsDate(3)).contains(LocalDateTime.of(2026, 12, 1, 10, 0));
				assertThat(row.getCell(1).getDataFormatString()).isNotEqualTo("yyyy-mm-dd");
			}
			assertThat(rows.get(700).getCellText(2)).isEmpty();
		}
	}
}
