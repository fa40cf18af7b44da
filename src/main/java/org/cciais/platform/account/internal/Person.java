package org.cciais.platform.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A 个人用户 (e.g. an engineer). The 身份证号 is stored only encrypted, with a keyed hash beside it so the
 * personnel module can find a person by number without decrypting every row.
 */
@Entity
@Table(name = "persons")
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(nullable = false)
	private String name;

	@Column(name = "id_number_enc", nullable = false)
	private String idNumberEncrypted;

	@Column(name = "id_number_hash", nullable = false)
	private String idNumberHash;

	private String phone;

	private String email;

	protected Person() {
	}

	public Person(long accountId, String name, String idNumberEncrypted, String idNumberHash, String phone,
			String email) {
		this.accountId = accountId;
		this.name = name;
		this.idNumberEncrypted = idNumberEncrypted;
		this.idNumberHash = idNumberHash;
		this.phone = phone;
		this.email = email;
	}

	public Long getId() {
		return id;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getName() {
		return name;
	}

	public String getIdNumberEncrypted() {
		return idNumberEncrypted;
	}

	public String getIdNumberHash() {
		return idNumberHash;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}
}
