package org.cciais.platform.personnel;

import java.time.LocalDate;

/**
 * A registered engineer as enterprises and lists see it: the 身份证号 only masked ({@code 110105********123X}).
 *
 * @param boundEnterpriseId the enterprise the engineer is bound to now, null when unbound
 */
public record EngineerView(long id, String name, String idNumberMasked, String certificateNumber,
		String recommendingCreditCode, boolean hasCapabilityCertificate, Long boundEnterpriseId, LocalDate boundOn,
		boolean everBound) {

	public boolean bound() {
		return boundEnterpriseId != null;
	}
}
