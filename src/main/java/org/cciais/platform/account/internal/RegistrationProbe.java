package org.cciais.platform.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person registration refused because its 身份证号 is registered already: from where, when. */
@Entity
@Table(name = "registration_probes")
class RegistrationProbe {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "client_address", nullable = false)
	private String clientAddress;

	@Column(name = "probed_at", nullable = false)
	private Instant probedAt;

	protected RegistrationProbe() {
	}

	RegistrationProbe(String clientAddress, Instant probedAt) {
		this.clientAddress = clientAddress;
		this.probedAt = probedAt;
	}
}
