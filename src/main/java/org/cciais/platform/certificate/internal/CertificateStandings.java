package org.cciais.platform.certificate.internal;

import java.util.EnumMap;
import java.util.Map;

import org.cciais.platform.shared.HeldQualifications;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.QualificationStanding;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest certificate per industry, for the application module's level derivation: the single source of what an
 * enterprise holds. Only a VALID one counts ({@link org.cciais.platform.shared.QualificationStanding#valid()}); a
 * SUSPENDED, CANCELLED, REPLACED, INVALID or EXPIRED latest certificate means the industry starts again at 三级.
 */
@Component
class CertificateStandings implements HeldQualifications {

	private final CertificateRepository repository;

	CertificateStandings(CertificateRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Industry, QualificationStanding> of(long enterpriseId) {
		Map<Industry, QualificationStanding> standings = new EnumMap<>(Industry.class);
		// newest first: the first certificate seen per industry is the current one
		for (Certificate c : repository.findByEnterprise(enterpriseId)) {
			var v = c.toView();
			standings.putIfAbsent(v.industry(),
					new QualificationStanding(v.industry(), v.level(), v.status().name(), v.number(), v.expiresOn(),
							v.id(), v.status()));
		}
		return standings;
	}
}
