package org.cciais.platform.personnel;

import java.time.LocalDate;

/**
 * What a PERSON account sees of its own registry entry: the full 身份证号 (it is theirs), the certificate and the
 * enterprise it is bound to.
 */
public record PersonEngineerCertificate(String name, String idNumber, String certificateNumber,
		boolean hasCapabilityCertificate, String boundEnterpriseName, LocalDate boundOn) {
}
