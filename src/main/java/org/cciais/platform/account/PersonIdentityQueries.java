package org.cciais.platform.account;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keyed hash of a PERSON account's 身份证号 (table {@code persons}), so that other modules can match the person
 * to their own records (the engineer registry) without ever handling the number in clear.
 */
@Service
@Transactional(readOnly = true)
public class PersonIdentityQueries {

	private final JdbcClient jdbc;

	PersonIdentityQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The hash ({@code PersonalDataCipher.hash} of the normalised number), empty for accounts without one. */
	public Optional<String> idNumberHash(long accountId) {
		return jdbc.sql("select id_number_hash from persons where account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional();
	}
}
