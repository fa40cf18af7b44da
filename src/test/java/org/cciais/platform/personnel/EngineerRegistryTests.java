package org.cciais.platform.personnel;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.certificate.WebLogin;
import org.cciais.platform.shared.PersonalDataCipher;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 工程师登记: the association's engineer registry, one by one and by CSV, with the 身份证号 protected. */
@ExtendWith(OutputCaptureExtension.class)
class EngineerRegistryTests extends PlatformTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	AuditQueries audit;

	@Test
	void adminRegistersAnEngineerAndTheIdNumberIsEncryptedAtRest(CapturedOutput output) throws Exception {
		String id = Engineers.idNumber();
		String number = Engineers.certificateNumber();
		String body = mvc.perform(bearer(post("/api/v1/admin/engineers"), token("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(id, "李工程", number, creditCode(), true)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.name").value("李工程"))
			.andExpect(jsonPath("$.idNumberMasked").value(id.substring(0, 6) + "********" + id.substring(14)))
			.andExpect(jsonPath("$.idNumber").doesNotExist())
			.andExpect(content().string(not(containsString(id))))
			.andReturn().getResponse().getContentAsString();
		long engineerId = read(body).get("id").asLong();

		var row = jdbc.queryForMap("select id_number_enc, id_number_hash, certificate_number from engineers where id = ?",
				engineerId);
		assertThat((String) row.get("id_number_enc")).doesNotContain(id).doesNotContain(id.substring(6, 14));
		assertThat(cipher.decrypt((String) row.get("id_number_enc"))).isEqualTo(id);
		assertThat(row.get("id_number_hash")).isEqualTo(cipher.hash(id));
		assertThat(row.get("certificate_number")).isEqualTo(number);
		assertThat(audit.forObject("engineer", engineerId)).extracting(AuditQueries.Entry::action)
			.contains("personnel.engineer.register");
		assertThat(audit.forObject("engineer", engineerId)).allSatisfy(e -> assertThat(e.detail()).doesNotContain(id));
		assertThat(output.getAll()).doesNotContain(id);
	}

	@Test
	void refusesMalformedIdNumbersCreditCodesAndMissingFields() throws Exception {
		String admin = token("admin");
		mvc.perform(bearer(post("/api/v1/admin/engineers"), admin).contentType(MediaType.APPLICATION_JSON)
				.content(json(Engineers.withWrongCheckDigit(Engineers.idNumber()), "王五", Engineers.certificateNumber(),
						creditCode(), false)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.detail").value(containsString("校验位")));
		mvc.perform(bearer(post("/api/v1/admin/engineers"), admin).contentType(MediaType.APPLICATION_JSON)
				.content(json("11010519900101123", "王五", Engineers.certificateNumber(), creditCode(), false)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		String badCode = creditCode().substring(0, 17) + "I";
		mvc.perform(bearer(post("/api/v1/admin/engineers"), admin).contentType(MediaType.APPLICATION_JSON)
				.content(json(Engineers.idNumber(), "王五", Engineers.certificateNumber(), badCode, false)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("recommendingCreditCode"));
		mvc.perform(bearer(post("/api/v1/admin/engineers"), admin).contentType(MediaType.APPLICATION_JSON)
				.content("{\"idNumber\":\"" + Engineers.idNumber() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field=='name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field=='certificateNumber')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field=='recommendingCreditCode')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field=='hasCapabilityCertificate')]").exists());
	}

	@Test
	void refusesAnIdNumberOrCertificateNumberRegisteredTwice() throws Exception {
		String admin = token("admin");
		String id = Engineers.idNumber();
		String number = Engineers.certificateNumber();
		mvc.perform(bearer(post("/api/v1/admin/engineers"), admin).contentType(MediaType.APPLICATION_JSON)
				.content(json(id, "赵六", number, creditCode(), false)))
			.andExpect(status().isCreated());

		mvc.perform(bearer(post("/api/v1/admin/engineers"), admin).contentType(MediaType.APPLICATION_JSON)
				.content(json(id.toLowerCase(), "赵六", Engineers.certificateNumber(), creditCode(), false)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		mvc.perform(bearer(post("/api/v1/admin/engineers"), admin).contentType(MediaType.APPLICATION_JSON)
				.content(json(Engineers.idNumber(), "钱七", number.toLowerCase(), creditCode(), false)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("certificateNumber"));
	}

	@Test
	void onlyTheAssociationKeepsTheRegistry() throws Exception {
		var enterprise = enterprise();
		mvc.perform(bearer(post("/api/v1/admin/engineers"), token(enterprise.username()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Engineers.idNumber(), "孙八", Engineers.certificateNumber(), creditCode(), false)))
			.andExpect(status().isForbidden());
		var person = account(Role.PERSON, null);
		Cookie[] session = WebLogin.as(mvc, person.username(), PASSWORD);
		mvc.perform(get("/admin/engineers").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void importsACsvFileWithAllRowsValid() throws Exception {
		String a = Engineers.idNumber();
		String b = Engineers.idNumber();
		String na = Engineers.certificateNumber();
		String nb = Engineers.certificateNumber();
		String csv = "\uFEFFidNumber,name,certificateNumber,recommendingCreditCode,hasCapabilityCertificate\n"
				+ a + ",周一," + na + "," + creditCode() + ",true\n"
				+ b.toLowerCase() + ",\"吴二\"," + nb + "," + creditCode() + ",否\n\n";

		mvc.perform(multipart("/api/v1/admin/engineers/import").file(csvPart(csv)).header("Authorization", "Bearer " + token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.imported").value(2));

		mvc.perform(bearer(get("/api/v1/admin/engineers").param("q", na), token("admin")))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].name").value("周一"))
			.andExpect(jsonPath("$[0].hasCapabilityCertificate").value(true));
		// a full 身份证号 is searched by POST, never in the URL; the row written in lower case is found by it
		mvc.perform(bearer(post("/api/v1/admin/engineers/search"), token("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"q\":\"" + b + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].certificateNumber").value(nb))
			.andExpect(jsonPath("$[0].hasCapabilityCertificate").value(false));
	}

	@Test
	void importWithRefusedRowsNamesEachRowAndImportsNothing() throws Exception {
		String registered = Engineers.idNumber();
		mvc.perform(bearer(post("/api/v1/admin/engineers"), token("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(json(registered, "郑九", Engineers.certificateNumber(), creditCode(), false)))
			.andExpect(status().isCreated());
		String fine = Engineers.idNumber();
		String fineNumber = Engineers.certificateNumber();
		String repeated = Engineers.idNumber();
		String csv = "idNumber,name,certificateNumber,recommendingCreditCode,hasCapabilityCertificate\n"
				+ fine + ",好人," + fineNumber + "," + creditCode() + ",false\n"                              // line 2
				+ Engineers.withWrongCheckDigit(Engineers.idNumber()) + ",错号," + Engineers.certificateNumber() + ","
				+ creditCode() + ",false\n"                                                                      // line 3
				+ registered + ",已登记," + Engineers.certificateNumber() + "," + creditCode() + ",true\n"        // line 4
				+ repeated + ",重复甲," + Engineers.certificateNumber() + "," + creditCode() + ",maybe\n"          // line 5
				+ repeated + ",重复乙," + Engineers.certificateNumber() + ",91110000XXXXXXXXXX,true\n";            // line 6

		mvc.perform(multipart("/api/v1/admin/engineers/import").file(csvPart(csv)).header("Authorization", "Bearer " + token("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field=='第3行 idNumber')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field=='第4行 idNumber')].message").value(hasItem(containsString("已登记"))))
			.andExpect(jsonPath("$.errors[?(@.field=='第5行 hasCapabilityCertificate')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field=='第6行 recommendingCreditCode')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field=~/第2行.*/)]").isEmpty());

		mvc.perform(bearer(get("/api/v1/admin/engineers").param("q", fineNumber), token("admin")))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void importRefusesAFileWithoutTheHeader() throws Exception {
		String csv = "身份证号,姓名\n" + Engineers.idNumber() + ",某人\n";
		mvc.perform(multipart("/api/v1/admin/engineers/import").file(csvPart(csv)).header("Authorization", "Bearer " + token("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("表头")));
	}

	@Test
	void importPageListsTheRefusedRows() throws Exception {
		Cookie[] admin = WebLogin.as(mvc, "admin", "admin-test-pass-1");
		String csv = "idNumber,name,certificateNumber,recommendingCreditCode,hasCapabilityCertificate\n"
				+ "123,无名," + Engineers.certificateNumber() + "," + creditCode() + ",true\n";

		mvc.perform(multipart("/admin/engineers/import").file(csvPart(csv)).cookie(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入未完成")))
			.andExpect(content().string(containsString("第 2 行")))
			.andExpect(content().string(containsString("校验位")))
			.andExpect(result -> {
				String page = result.getResponse().getContentAsString();
				assertThat(org.cciais.platform.testing.Html.tagOf(page, "import-file")).contains("is-invalid");
				assertThat(org.cciais.platform.testing.Html.textOf(page, "import-file-error")).isEqualTo("未导入任何一行：");
				assertThat(page).contains(">1 处需要修改，见下方列表</a>，修改后请重新选择文件上传。");
			});

		String good = "idNumber,name,certificateNumber,recommendingCreditCode,hasCapabilityCertificate\n"
				+ Engineers.idNumber() + ",页面导入," + Engineers.certificateNumber() + "," + creditCode() + ",true\n";
		mvc.perform(multipart("/admin/engineers/import").file(csvPart(good)).cookie(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void registryPageShowsIdNumbersMaskedAndTheDetailPageInFullWithAnAuditEntry() throws Exception {
		String id = Engineers.idNumber();
		String number = Engineers.certificateNumber();
		Cookie[] admin = WebLogin.as(mvc, "admin", "admin-test-pass-1");

		mvc.perform(post("/admin/engineers").cookie(admin).with(csrf()).param("idNumber", id).param("name", "冯十")
				.param("certificateNumber", number).param("recommendingCreditCode", creditCode())
				.param("hasCapabilityCertificate", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/engineers").cookie(admin).with(csrf()).param("idNumber", "110105")
				.param("name", "").param("certificateNumber", number).param("recommendingCreditCode", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("身份证号应为 18 位")));

		String list = mvc.perform(get("/admin/engineers").param("q", number).cookie(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(number, id.substring(0, 6) + "********" + id.substring(14)).doesNotContain(id);

		long engineerId = jdbc.queryForObject("select id from engineers where certificate_number = ?", Long.class,
				number);
		mvc.perform(get("/admin/engineers/{id}", engineerId).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id)));
		mvc.perform(bearer(get("/api/v1/admin/engineers/{id}", engineerId), token("admin")))
			.andExpect(jsonPath("$.idNumber").value(id));
		assertThat(audit.forObject("engineer", engineerId))
			.filteredOn(e -> e.action().equals("personnel.engineer.reveal"))
			.hasSize(2)
			.allSatisfy(e -> {
				assertThat(e.actor()).isEqualTo("admin");
				assertThat(e.detail()).doesNotContain(id);
			});
	}

	private static MockMultipartFile csvPart(String csv) {
		return new MockMultipartFile("file", "engineers.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	static String json(String idNumber, String name, String certificateNumber, String creditCode,
			boolean capability) {
		return "{\"idNumber\":\"" + idNumber + "\",\"name\":\"" + name + "\",\"certificateNumber\":\""
				+ certificateNumber + "\",\"recommendingCreditCode\":\"" + creditCode
				+ "\",\"hasCapabilityCertificate\":" + capability + "}";
	}
}
