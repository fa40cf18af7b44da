package org.cciais.platform.personnel;

import java.util.List;

/**
 * The outcome of a CSV import: all rows are registered, or none is and every refused row says why.
 *
 * @param rows the data rows read (without the header)
 * @param imported how many engineers were registered (0 when any row was refused)
 */
public record ImportReport(int rows, int imported, List<RowProblem> problems) {

	/** A refused row: its line in the file (the header is line 1), the column and the reason. */
	public record RowProblem(int line, String column, String message) {
	}

	public boolean succeeded() {
		return problems.isEmpty();
	}
}
