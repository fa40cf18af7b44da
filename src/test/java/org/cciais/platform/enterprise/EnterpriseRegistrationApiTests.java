package org.cciais.platform.enterprise;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.shared.CreditCodes;
import org.cciais.platform.storage.FileStore;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/registrations/enterprise} (manual 3.1.1, figure 2) and its refusals. */
class EnterpriseRegistrationApiTests extends PlatformTest {

	@Autowired
	EnterpriseQueries enterprises;

	@Autowired
	FileStore files;

	@Autowired
	AuditQueries audit;

	@Autowired
	JdbcClient jdbc;

	private Map<String, Object> data(String username, String creditCode) {
		return registrationData(username, creditCode);
	}

	private MockMultipartFile dataPart(Map<String, Object> data) {
		return new MockMultipartFile("data", "", MediaType.APPLICATION_JSON_VALUE,
				json.writeValueAsString(data).getBytes(StandardCharsets.UTF_8));
	}

	private int storedFilesBy(String username) {
		return jdbc.sql("select count(*) from stored_files where created_by = ?").param(username).query(Integer.class)
			.single();
	}

	@Test
	void registersAnEnterpriseWithItsLicenceAndOpensItsAccount() throws Exception {
		String username = unique("api-ent");
		String creditCode = creditCode();
		String body = mvc.perform(multipart("/api/v1/registrations/enterprise").file(dataPart(data(username, creditCode)))
				.file(pdfPart("file")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andReturn().getResponse().getContentAsString();
		long id = read(body).get("id").asLong();

		EnterpriseView enterprise = enterprises.get(id);
		assertThat(enterprise.creditCode()).isEqualTo(creditCode);
		assertThat(enterprise.regionCode()).isEqualTo("120000");
		assertThat(enterprise.registeredAt()).isNotNull();
		assertThat(enterprise.firstApplicationAt()).isNull();
		assertThat(files.existsOnDisk(enterprise.licenceFileId())).isTrue();
		assertThat(audit.forObject("enterprise", id)).extracting(AuditQueries.Entry::action).contains("enterprise.register");

		mvc.perform(bearer(get("/api/v1/me"), token(username)))
			.andExpect(jsonPath("$.role").value("ENTERPRISE"))
			.andExpect(jsonPath("$.enterpriseId").value(id));
	}

	@Test
	void acceptsTheDataPartAsAPlainFormFieldToo() throws Exception {
		String username = unique("api-plain");
		mvc.perform(multipart("/api/v1/registrations/enterprise")
				.file(new MockMultipartFile("data", null, null,
						json.writeValueAsString(data(username, creditCode())).getBytes(StandardCharsets.UTF_8)))
				.file(pdfPart("file")))
			.andExpect(status().isCreated());
	}

	@Test
	void refusesACreditCodeWithAWrongCheckCharacterNamingTheField() throws Exception {
		String valid = creditCode();
		String wrong = valid.substring(0, 17) + (valid.charAt(17) == 'A' ? 'B' : 'A');
		String username = unique("api-cc");
		mvc.perform(multipart("/api/v1/registrations/enterprise").file(dataPart(data(username, wrong)))
				.file(pdfPart("file")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("校验位")));
		assertThat(accounts.findByUsername(username)).isEmpty();
		assertThat(storedFilesBy(username)).isZero();
	}

	@Test
	void reportsEveryRefusedFieldAtOnce() throws Exception {
		Map<String, Object> d = data(unique("api-all"), "123");
		d.put("regionCode", "999999");
		d.put("name", "");
		d.put("unitType", "皮包公司");
		d.put("registeredCapital", -5);
		d.put("email", "not-an-address");
		mvc.perform(multipart("/api/v1/registrations/enterprise").file(dataPart(d)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("regionCode",
					"creditCode", "name", "unitType", "registeredCapital", "email", "file")));
	}

	@Test
	void refusesADuplicateLoginNameAndADuplicateCreditCode() throws Exception {
		var existing = enterprise();
		String existingCode = enterprises.get(existing.id()).creditCode();
		mvc.perform(multipart("/api/v1/registrations/enterprise")
				.file(dataPart(data(existing.username(), creditCode()))).file(pdfPart("file")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[0].message").value("该登录名已被使用"));
		String username = unique("api-dup");
		mvc.perform(multipart("/api/v1/registrations/enterprise").file(dataPart(data(username, existingCode)))
				.file(pdfPart("file")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"))
			.andExpect(jsonPath("$.errors[0].message").value("该统一社会信用代码已注册"));
		assertThat(accounts.findByUsername(username)).isEmpty();
	}

	@Test
	void refusesALicenceThatIsNotAPdfEvenWhenNamedPdfAndStoresNothing() throws Exception {
		String username = unique("api-415");
		String creditCode = creditCode();
		var renamed = new MockMultipartFile("file", "licence.pdf", MediaType.APPLICATION_PDF_VALUE,
				"this is a Word document, not a PDF".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/v1/registrations/enterprise").file(dataPart(data(username, creditCode)))
				.file(renamed))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(enterprises.findByCreditCode(creditCode)).isEmpty();
		assertThat(accounts.findByUsername(username)).isEmpty();
		assertThat(storedFilesBy(username)).isZero();
	}

	@Test
	void refusesALicenceOverOneHundredMegabytesAndStoresNothing() throws Exception {
		String username = unique("api-413");
		String creditCode = creditCode();
		var huge = new MockMultipartFile("file", "licence.pdf", MediaType.APPLICATION_PDF_VALUE, pdf()) {
			@Override
			public long getSize() {
				return 100L * 1024 * 1024 + 1;
			}
		};
		mvc.perform(multipart("/api/v1/registrations/enterprise").file(dataPart(data(username, creditCode)))
				.file(huge))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("100MB")));
		assertThat(enterprises.findByCreditCode(creditCode)).isEmpty();
		assertThat(storedFilesBy(username)).isZero();
	}

	@Test
	void refusesAMissingLicenceOrDataPart() throws Exception {
		mvc.perform(multipart("/api/v1/registrations/enterprise").file(dataPart(data(unique("api-nf"), creditCode()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(multipart("/api/v1/registrations/enterprise").file(pdfPart("file")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("data"));
	}

	@Test
	void refusesUnreadableJsonAndWrongTypesWithoutAServerError() throws Exception {
		mvc.perform(multipart("/api/v1/registrations/enterprise")
				.file(new MockMultipartFile("data", "", MediaType.APPLICATION_JSON_VALUE, "{not json".getBytes()))
				.file(pdfPart("file")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("data"));
		Map<String, Object> d = data(unique("api-type"), creditCode());
		d.put("foundedOn", "yesterday");
		mvc.perform(multipart("/api/v1/registrations/enterprise").file(dataPart(d)).file(pdfPart("file")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("foundedOn"));
		d.put("foundedOn", "2012-05-18");
		d.put("registeredCapital", "lots");
		mvc.perform(multipart("/api/v1/registrations/enterprise").file(dataPart(d)).file(pdfPart("file")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("registeredCapital"));
	}

	@Test
	void refusesARegistrationThatIsNotMultipart() throws Exception {
		mvc.perform(post("/api/v1/registrations/enterprise").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(data(unique("api-json"), creditCode()))))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void normalisesALowerCaseCreditCode() throws Exception {
		String code = CreditCodes.withCheckCharacter("91120000MA" + String.format("%07d", System.nanoTime() % 10_000_000));
		String username = unique("api-lc");
		mvc.perform(multipart("/api/v1/registrations/enterprise")
				.file(dataPart(data(username, code.toLowerCase()))).file(pdfPart("file")))
			.andExpect(status().isCreated());
		assertThat(enterprises.findByCreditCode(code)).isPresent();
	}
}
