package org.cciais.platform.account;

import org.cciais.platform.shared.IdNumbers;
import org.cciais.platform.shared.PersonalDataCipher;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 个人用户注册 through {@code POST /api/v1/registrations/person}; the 身份证号 is kept encrypted. */
class PersonRegistrationApiTests extends PlatformTest {

	@Autowired
	PersonRegistration persons;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	JdbcClient jdbc;

	/** A valid 身份证号 not used before in this JVM, optionally one whose check digit is X. */
	static String idNumber(boolean withX) {
		for (long seq = System.nanoTime() % 900; ; seq++) {
			String first17 = "3201061992" + String.format("%02d", 1 + seq % 12) + "15" + String.format("%03d", seq % 1000);
			char check = IdNumbers.checkDigit(first17);
			if ((check == 'X') == withX && USED.add(first17)) {
				return first17 + check;
			}
		}
	}

	private static final java.util.Set<String> USED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private String body(String username, String idNumber) {
		return "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"吴工程师\",\"idNumber\":\""
				+ idNumber + "\",\"email\":\"" + username + "@example.com\",\"phone\":\"13900000000\"}";
	}

	@Test
	void registersAPersonAndKeepsTheIdNumberOnlyEncrypted() throws Exception {
		String username = unique("person");
		String idNumber = idNumber(false);
		String response = mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
				.content(body(username, idNumber)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andReturn().getResponse().getContentAsString();
		long accountId = read(response).get("id").asLong();

		String stored = jdbc.sql("select id_number_enc from persons where account_id = ?").param(accountId)
			.query(String.class).single();
		assertThat(stored).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
		assertThat(cipher.decrypt(stored)).isEqualTo(idNumber);
		assertThat(persons.personIdNumberHash(accountId)).contains(cipher.hash(idNumber));
		assertThat(persons.personName(accountId)).contains("吴工程师");
		assertThat(persons.findPerson(accountId)).get()
			.satisfies(p -> assertThat(p.idNumberMasked()).isEqualTo(IdNumbers.mask(idNumber)).doesNotContain(
					idNumber.substring(6, 14)));
		assertThat(persons.findByIdNumber(idNumber)).get().satisfies(p -> assertThat(p.accountId()).isEqualTo(accountId));

		mvc.perform(bearer(get("/api/v1/me"), token(username))).andExpect(jsonPath("$.role").value("PERSON"));
	}

	@Test
	void refusesAWrongCheckDigitAndAnImpossibleBirthDate() throws Exception {
		String valid = idNumber(false);
		String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
				.content(body(unique("p-bad"), wrongCheck)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		String feb30 = "32010619920230123";
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
				.content(body(unique("p-bad"), feb30 + IdNumbers.checkDigit(feb30))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
	}

	@Test
	void acceptsALowerCaseXCheckDigitAndOpensOneAccountPerIdNumber() throws Exception {
		String idNumber = idNumber(true);
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
				.content(body(unique("p-x"), idNumber.toLowerCase())))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
				.content(body(unique("p-x"), idNumber)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].message").value("该身份证号已注册个人用户"));
	}

	@Test
	void anAddressToldThreeTimesThatANumberIsRegisteredMustWaitAnHourWhileOthersStillRegister() throws Exception {
		String registered = idNumber(false);
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
				.content(body(unique("p-t"), registered)))
			.andExpect(status().isCreated());
		String prober = "10.77." + (System.nanoTime() % 200) + "." + (System.nanoTime() % 250 + 1);
		for (int i = 1; i <= 3; i++) {
			mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
					.content(body(unique("p-t"), registered)).with(from(prober)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("该身份证号已注册个人用户"));
		}
		// from now on this address learns nothing, about any number, even a fresh one
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
				.content(body(unique("p-t"), idNumber(false))).with(from(prober)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.detail").value("此网络地址的注册尝试过于频繁，请 60 分钟后再试"));
		// the rightful person elsewhere is still told, and others still register
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
				.content(body(unique("p-t"), registered)).with(from("10.78.0.1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("该身份证号已注册个人用户"));
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
				.content(body(unique("p-t"), idNumber(false))).with(from("10.78.0.2")))
			.andExpect(status().isCreated());

		clock.advance(java.time.Duration.ofHours(1).plusSeconds(1));
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
				.content(body(unique("p-t"), idNumber(false))).with(from(prober)))
			.andExpect(status().isCreated());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return r -> {
			r.setRemoteAddr(address);
			return r;
		};
	}

	@Test
	void refusesMissingFieldsDuplicateNamesAndUnreadableJson() throws Exception {
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("username",
					"password", "name", "idNumber")));
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
				.content(body("admin", idNumber(false))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON).content("{\"username\":"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/registrations/person").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":[1],\"password\":{}}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void revealsTheFullIdNumberOnlyToThePersonAndAdminAndAuditsIt() throws Exception {
		String username = unique("p-rev");
		String idNumber = idNumber(false);
		var registered = persons.register(new PersonRegistrationForm(username, PASSWORD, "郑十", idNumber, null, null));
		var self = accounts.findById(registered.accountId()).map(a -> new org.cciais.platform.shared.PlatformPrincipal(
				a.id(), a.username(), a.role(), null, null, a.displayName())).orElseThrow();
		assertThat(persons.revealIdNumber(registered.accountId(), self)).isEqualTo(idNumber);
		assertThat(persons.revealIdNumber(registered.accountId(), admin())).isEqualTo(idNumber);
		var stranger = principal(account(org.cciais.platform.shared.Role.EXPERT, null));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> persons.revealIdNumber(registered.accountId(), stranger))
			.isInstanceOf(org.cciais.platform.shared.ForbiddenException.class);
	}
}
