package org.cciais.platform.personnel;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The engineer import reads the files Excel writes on a Chinese Windows (GBK, UTF-8 with a BOM, Chinese headers),
 * offers templates to fill in, and the registry search keeps the 身份证号 out of URLs.
 */
class EngineerImportFormatsTests extends PlatformTest {

	private static final Charset GBK = Charset.forName("GBK");

	private ResultActions importFile(byte[] bytes) throws Exception {
		return mvc.perform(multipart("/api/v1/admin/engineers/import")
			.file(new MockMultipartFile("file", "工程师.csv", "text/csv", bytes))
			.header("Authorization", "Bearer " + token("admin")));
	}

	/** Imports one engineer named 东方朔 with the ID number and certificate number. */
	private void importOne(String idNumber, String certificateNumber) throws Exception {
		importFile(("身份证号,姓名,证书编号,推荐企业信用代码,是否持有岗位能力证书\n" + idNumber + ",东方朔," + certificateNumber
				+ "," + creditCode() + ",否\n").getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk());
	}

	private ResultActions findByCertificate(String number) throws Exception {
		return mvc.perform(bearer(get("/api/v1/admin/engineers").param("q", number), token("admin")));
	}

	@Test
	void importsAGbkFileWithChineseHeadersAsExcelSavesIt() throws Exception {
		String number = Engineers.certificateNumber();
		String csv = "身份证号,姓名,证书编号,推荐企业信用代码,是否持有岗位能力证书\r\n"
				+ Engineers.idNumber() + ",欧阳娜娜," + number + "," + creditCode() + ",是\r\n";
		byte[] gbk = csv.getBytes(GBK);
		// real GBK bytes: 姓 is 0xD0 0xD5, which no UTF-8 text can contain at that place
		assertThat(gbk).containsSequence((byte) 0xD0, (byte) 0xD5);

		importFile(gbk).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
		findByCertificate(number).andExpect(jsonPath("$[0].name").value("欧阳娜娜"))
			.andExpect(jsonPath("$[0].hasCapabilityCertificate").value(true));
	}

	@Test
	void importsUtf8WithAByteOrderMarkAndChineseHeadersInAnyOrderWithTrueFalse() throws Exception {
		String number = Engineers.certificateNumber();
		String csv = "\uFEFF姓名,身份证号,是否持有岗位能力证书,证书编号,推荐企业信用代码\n"
				+ "司马懿," + Engineers.idNumber() + ",false," + number + "," + creditCode() + "\n";
		importFile(csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		findByCertificate(number).andExpect(jsonPath("$[0].name").value("司马懿"))
			.andExpect(jsonPath("$[0].hasCapabilityCertificate").value(false));
	}

	@Test
	void importsUtf8WithoutAByteOrderMarkAndEnglishHeaders() throws Exception {
		String number = Engineers.certificateNumber();
		String csv = "idNumber,name,certificateNumber,recommendingCreditCode,hasCapabilityCertificate\n"
				+ Engineers.idNumber() + ",诸葛亮," + number + "," + creditCode() + ",否\n";
		importFile(csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		findByCertificate(number).andExpect(jsonPath("$[0].name").value("诸葛亮"));
	}

	@Test
	void refusesUnicodeTextFilesAndUnknownHeadersWithAClearMessage() throws Exception {
		String csv = "身份证号,姓名,证书编号,推荐企业信用代码,是否持有岗位能力证书\n";
		importFile(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(
					"无法识别文件的文字编码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”后重新上传"));
		importFile("编号,名字\n1,张三\n".getBytes(GBK)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
					"文件第一行应为表头：身份证号,姓名,证书编号,推荐企业信用代码,是否持有岗位能力证书")));
	}

	@Test
	void thePageImportsAGbkFileInsteadOfAnInternalError() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String number = Engineers.certificateNumber();
		String csv = "身份证号,姓名,证书编号,推荐企业信用代码,是否持有岗位能力证书\r\n"
				+ Engineers.idNumber() + ",上官婉儿," + number + "," + creditCode() + ",否\r\n";
		MvcResult result = mvc.perform(multipart("/admin/engineers/import")
			.file(new MockMultipartFile("file", "工程师.csv", "text/csv", csv.getBytes(GBK)))
			.cookie(admin)
			.with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/engineers");
		assertThat((String) result.getFlashMap().get("success")).isEqualTo("导入完成：共登记 1 名工程师。");
	}

	@Test
	void offersTheTemplatesAsCsvAndExcel() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String page = mvc.perform(get("/admin/engineers").cookie(admin)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("href=\"/admin/engineers/template.xlsx\"", "href=\"/admin/engineers/template.csv\"");

		var csv = mvc.perform(get("/admin/engineers/template.csv").cookie(admin)).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getHeader("Content-Disposition")).contains("attachment", ".csv");
		assertThat(new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFF身份证号,姓名,证书编号,推荐企业信用代码,是否持有岗位能力证书\r\n");

		var xlsx = mvc.perform(get("/admin/engineers/template.xlsx").cookie(admin)).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(xlsx.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		Path file = Files.createTempFile("template", ".xlsx");
		List<String> sharedStrings = new ArrayList<>();
		try {
			Files.write(file, xlsx.getContentAsByteArray());
			try (ZipFile zip = new ZipFile(file.toFile())) {
				var texts = DocumentBuilderFactory.newInstance().newDocumentBuilder()
					.parse(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")))
					.getElementsByTagName("t");
				for (int i = 0; i < texts.getLength(); i++) {
					sharedStrings.add(texts.item(i).getTextContent());
				}
			}
		}
		finally {
			Files.delete(file);
		}
		assertThat(sharedStrings).containsExactly("身份证号", "姓名", "证书编号", "推荐企业信用代码", "是否持有岗位能力证书");
		// the template's own header is read back by the import: nothing to import, but no header complaint
		importFile(csv.getContentAsByteArray()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("文件中没有数据行"));
	}

	@Test
	void theRegistrySearchTakesTheIdNumberByPostNeverFromTheUrl() throws Exception {
		String id = Engineers.idNumber();
		String number = Engineers.certificateNumber();
		importOne(id, number);
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");

		String page = mvc.perform(get("/admin/engineers").cookie(admin)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("action=\"/admin/engineers/search\" method=\"post\"");
		String found = mvc.perform(post("/admin/engineers/search").param("q", id).cookie(admin).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(found).contains(number, "东方朔");
		// a 身份证号 in the URL is not searched for
		String ignored = mvc.perform(get("/admin/engineers").param("q", id).cookie(admin)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ignored).doesNotContain("value=\"" + id + "\"");
	}

	@Test
	void theApiSearchTakesAFullIdNumberByPostAndRefusesItInTheUrl() throws Exception {
		String id = Engineers.idNumber();
		String number = Engineers.certificateNumber();
		importOne(id, number);
		String admin = token("admin");

		mvc.perform(bearer(post("/api/v1/admin/engineers/search"), admin).contentType("application/json")
			.content("{\"q\":\"" + id + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].certificateNumber").value(number))
			.andExpect(jsonPath("$[0].idNumber").doesNotExist());
		mvc.perform(bearer(get("/api/v1/admin/engineers").param("q", id), admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
					"身份证号不能放在网址中，请改用 POST /api/v1/admin/engineers/search")));
		mvc.perform(bearer(get("/api/v1/admin/engineers").param("q", number), admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("东方朔"));
	}
}
