package org.cciais.platform.personnel.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cciais.platform.personnel.NewEngineer;

/**
 * Reads the registry's bulk import file as spreadsheet programs save it: UTF-8 with or without a byte-order mark,
 * or GBK/GB18030 (Excel's 「CSV (逗号分隔)」 on Chinese Windows), told apart by trying strict UTF-8 on the start of
 * the file; the header in English ({@code idNumber,name,certificateNumber,recommendingCreditCode,
 * hasCapabilityCertificate}) or in Chinese (身份证号,姓名,证书编号,推荐企业信用代码,是否持有岗位能力证书), in any order.
 */
public final class EngineerCsv {

	public static final List<String> HEADER = List.of("idNumber", "name", "certificateNumber",
			"recommendingCreditCode", "hasCapabilityCertificate");

	/** The header of the template offered for download: the Chinese names. */
	public static final List<String> CHINESE_HEADER = List.of("身份证号", "姓名", "证书编号", "推荐企业信用代码",
			"是否持有岗位能力证书");

	/** Column names accepted for each column, after {@link #normalised}. */
	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("idnumber", "idNumber"),
			Map.entry("name", "name"), Map.entry("certificatenumber", "certificateNumber"),
			Map.entry("recommendingcreditcode", "recommendingCreditCode"),
			Map.entry("hascapabilitycertificate", "hasCapabilityCertificate"), Map.entry("身份证号", "idNumber"),
			Map.entry("身份证号码", "idNumber"), Map.entry("姓名", "name"), Map.entry("证书编号", "certificateNumber"),
			Map.entry("工程师证书编号", "certificateNumber"), Map.entry("推荐企业信用代码", "recommendingCreditCode"),
			Map.entry("推荐企业统一社会信用代码", "recommendingCreditCode"),
			Map.entry("是否持有岗位能力证书", "hasCapabilityCertificate"),
			Map.entry("持有岗位能力证书", "hasCapabilityCertificate"));

	/** How much of the file decides between UTF-8 and GB18030. */
	private static final int SNIFF_BYTES = 64 * 1024;

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
		BufferedReader reader;
		try {
			reader = new BufferedReader(decoding(new BufferedInputStream(in, SNIFF_BYTES + 8)));
		}
		catch (CharacterCodingException ex) {
			return new Parsed(List.of(), List.of("personnel.import.encoding"));
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.setAllowMissingColumnNames(true)
			.get();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			Map<String, String> columns = new HashMap<>();
			for (String header : parser.getHeaderNames()) {
				String column = COLUMNS.get(normalised(header));
				if (column != null) {
					columns.putIfAbsent(column, header);
				}
			}
			if (!columns.keySet().containsAll(HEADER)) {
				return new Parsed(List.of(), List.of("personnel.import.header"));
			}
			for (CSVRecord record : parser) {
				if (rows.size() >= maxRows) {
					return new Parsed(List.of(), List.of("personnel.import.tooManyRows"));
				}
				int line = (int) record.getRecordNumber() + 1;
				String flag = value(record, columns.get("hasCapabilityCertificate"));
				Boolean capability = flag == null || flag.isEmpty() ? null
						: BOOLEANS.get(flag.toLowerCase(Locale.ROOT));
				boolean unreadable = flag != null && !flag.isEmpty() && capability == null;
				rows.add(new Row(line, new NewEngineer(value(record, columns.get("idNumber")),
						value(record, columns.get("name")), value(record, columns.get("certificateNumber")),
						value(record, columns.get("recommendingCreditCode")), unreadable ? Boolean.FALSE : capability),
						unreadable));
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

	/**
	 * The text of the file: UTF-8 after a UTF-8 byte-order mark, or when the start of the file is valid UTF-8,
	 * else GB18030 (a superset of GBK). Both decode strictly: a byte sequence neither can read is refused.
	 */
	static Reader decoding(BufferedInputStream in) throws IOException {
		in.mark(SNIFF_BYTES + 8);
		byte[] start = in.readNBytes(SNIFF_BYTES);
		in.reset();
		if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
			in.skipNBytes(3);
			return new InputStreamReader(in, strict(StandardCharsets.UTF_8));
		}
		if (start.length >= 2 && ((start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE
				|| (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF)) {
			// Excel's 「Unicode 文本」 is UTF-16 and tab-separated: not a CSV this import reads
			throw new CharacterCodingException();
		}
		Charset charset = isUtf8(start, start.length < SNIFF_BYTES) ? StandardCharsets.UTF_8 : GB18030;
		return new InputStreamReader(in, strict(charset));
	}

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/** Whether the bytes are UTF-8; a sequence cut off by the end of the sample counts as UTF-8 unless it ends the file. */
	private static boolean isUtf8(byte[] bytes, boolean wholeFile) {
		CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, wholeFile);
		return !result.isError() && (!wholeFile || !decoder.flush(out).isError());
	}

	/** A header as people type it: without spaces (also full-width), required-marks, BOM; English lower-cased. */
	static String normalised(String header) {
		return header == null ? "" : header.replace("\uFEFF", "").replaceAll("[\\s\u3000*＊]", "")
			.replaceAll("[（(].*[）)]$", "").toLowerCase(Locale.ROOT);
	}

	private static String value(CSVRecord record, String column) {
		return column != null && record.isSet(column) ? record.get(column) : null;
	}
}
