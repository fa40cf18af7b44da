package org.cciais.platform.personnel.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cciais.platform.personnel.NewEngineer;

/**
 * Reads the registry's bulk import file: UTF-8 (with or without the BOM that spreadsheet programs write), header
 * {@code idNumber,name,certificateNumber,recommendingCreditCode,hasCapabilityCertificate}.
 */
public final class EngineerCsv {

	public static final List<String> HEADER = List.of("idNumber", "name", "certificateNumber",
			"recommendingCreditCode", "hasCapabilityCertificate");

	/** One data row and its line in the file (header = line 1). */
	public record Row(int line, NewEngineer engineer, boolean unreadableBoolean) {
	}

	/** The rows read, or the message keys of what makes the whole file unreadable. */
	public record Parsed(List<Row> rows, List<String> fileProblems) {
	}

	private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(Map.entry("true", true),
			Map.entry("false", false), Map.entry("1", true), Map.entry("0", false), Map.entry("y", true),
			Map.entry("n", false), Map.entry("yes", true), Map.entry("no", false), Map.entry("是", true),
			Map.entry("否", false), Map.entry("有", true), Map.entry("无", false));

	private EngineerCsv() {
	}

	public static Parsed parse(InputStream in, int maxRows) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.get();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			if (!parser.getHeaderNames().containsAll(HEADER)) {
				return new Parsed(List.of(), List.of("personnel.import.header"));
			}
			for (CSVRecord record : parser) {
				if (rows.size() >= maxRows) {
					return new Parsed(List.of(), List.of("personnel.import.tooManyRows"));
				}
				int line = (int) record.getRecordNumber() + 1;
				String flag = value(record, "hasCapabilityCertificate");
				Boolean capability = flag == null || flag.isEmpty() ? null
						: BOOLEANS.get(flag.toLowerCase(Locale.ROOT));
				boolean unreadable = flag != null && !flag.isEmpty() && capability == null;
				rows.add(new Row(line, new NewEngineer(value(record, "idNumber"), value(record, "name"),
						value(record, "certificateNumber"), value(record, "recommendingCreditCode"),
						unreadable ? Boolean.FALSE : capability), unreadable));
			}
		}
		catch (CharacterCodingException ex) {
			return new Parsed(List.of(), List.of("personnel.import.encoding"));
		}
		catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				return new Parsed(List.of(), List.of("personnel.import.encoding"));
			}
			return new Parsed(List.of(), List.of("personnel.import.unreadable"));
		}
		return new Parsed(rows, List.of());
	}

	private static String value(CSVRecord record, String column) {
		return record.isSet(column) ? record.get(column) : null;
	}
}
