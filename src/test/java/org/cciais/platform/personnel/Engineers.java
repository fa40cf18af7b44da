package org.cciais.platform.personnel;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.cciais.platform.shared.IdNumbers;

/** Test data for the registry: valid, unique 身份证号 and certificate numbers. */
public final class Engineers {

	private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(100));

	private Engineers() {
	}

	/** A valid 18-digit 身份证号 (Beijing Chaoyang, a random birth date, a sequence), unique within a run. */
	public static String idNumber() {
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(14_000));
		String first17 = "110105" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth()) + String.format("%03d", SEQ.incrementAndGet() % 1000);
		return first17 + IdNumbers.checkDigit(first17);
	}

	/** The same number with a wrong check digit. */
	public static String withWrongCheckDigit(String id) {
		char wrong = id.charAt(17) == '1' ? '2' : '1';
		return id.substring(0, 17) + wrong;
	}

	public static String certificateNumber() {
		return "CCIAIS-E-" + Long.toString(System.nanoTime() % 10_000_000_000L, 36).toUpperCase() + SEQ.incrementAndGet();
	}
}
