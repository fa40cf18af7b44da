package org.cciais.platform.enterprise;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cciais.platform.account.PersonRegistration;
import org.cciais.platform.shared.IdNumbers;
import org.cciais.platform.testing.Html;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registration page of figure 2: both tabs, errors beside the fields, typed values kept. */
class RegistrationPageTests extends PlatformTest {

	@Autowired
	EnterpriseQueries enterprises;

	@Autowired
	PersonRegistration persons;

	/** The form as a person fills it in; {@code changes} are pairs of field name and value that replace the default. */
	private MockMultipartHttpServletRequestBuilder enterpriseForm(String username, String creditCode,
			String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("password", PASSWORD);
		fields.put("confirmPassword", PASSWORD);
		fields.put("regionCode", "130000");
		fields.put("creditCode", creditCode);
		fields.put("name", "河北" + username + "网络安全有限公司");
		fields.put("unitType", "股份有限公司");
		fields.put("registeredCapital", "3000");
		fields.put("legalRepresentative", "孙七");
		fields.put("registeredAddress", "河北省石家庄市测试路 9 号");
		fields.put("foundedOn", "2015-09-01");
		fields.put("contactName", "周八");
		fields.put("email", username + "@example.com");
		fields.put("introduction", "简介");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/register/enterprise");
		fields.forEach(request::param);
		request.with(csrf());
		return request;
	}

	@Test
	void registrationPageShowsBothTabsEveryStarredFieldAndTheManualsHints() throws Exception {
		String html = mvc.perform(get("/register")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("个人用户注册", "企业用户注册", "标注中的信息提交后将不能修改，请认真核查之后再提交", "三证合一",
				"7 天");
		for (String label : new String[] { "登录名", "登录密码", "确认密码", "注册区域", "信用代码", "企业名称", "营业执照",
				"单位类型", "注册资金", "法人代表", "注册地址", "成立时间", "联系人", "联系方式", "个人邮箱", "企业邮箱", "企业电话",
				"通讯地址", "公司简介" }) {
			assertThat(html).as(label).contains(label + "：");
		}
		assertThat(Html.count(html, "class=\"col-sm-3 col-form-label text-sm-end required-mark\"")).as("starred rows")
			.isEqualTo(12 + 5);
		assertThat(html).containsPattern("<optgroup label=\"京津冀\">\\s*<option value=\"110000\">北京市</option>\\s*"
				+ "<option value=\"120000\">天津市</option>\\s*<option value=\"130000\">河北省</option>");
		assertThat(html.split("<option value=\"\\d{6}\"", -1)).hasSize(31 + 1);
		assertThat(html).contains("enctype=\"multipart/form-data\"", "name=\"_csrf\"", "accept=\"application/pdf,.pdf\"");
		assertThat(html).contains("身份证号：");
	}

	@Test
	void registersAnEnterpriseThroughThePageAndSendsItToTheLogin() throws Exception {
		String username = unique("page-ent");
		String creditCode = creditCode();
		mvc.perform(enterpriseForm(username, creditCode).file(pdfPart("file")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?registered"));
		assertThat(enterprises.findByCreditCode(creditCode)).get()
			.satisfies(e -> assertThat(e.regionCode()).isEqualTo("130000"));
		PageSessions.login(mvc, username, PASSWORD);
		String login = mvc.perform(get("/login").param("registered", "")).andReturn().getResponse()
			.getContentAsString();
		assertThat(login).contains("注册成功，请登录");
	}

	@Test
	void refusedFormComesBackWithEachErrorBesideItsFieldAndTheTypedValuesButNoPassword() throws Exception {
		String username = unique("page-bad");
		String valid = creditCode();
		String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		String html = mvc.perform(enterpriseForm(username, wrongCheck, "confirmPassword", "Something-Else-99",
				"registeredCapital", "很多", "legalRepresentative", "", "companyEmail", "not-an-email")
				.file(pdfPart("file")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(html, "ent-creditCode-error")).contains("校验位");
		assertThat(Html.textOf(html, "ent-confirmPassword-error")).isEqualTo("两次输入的密码不一致");
		assertThat(Html.textOf(html, "ent-registeredCapital-error")).contains("注册资金");
		assertThat(Html.textOf(html, "ent-legalRepresentative-error")).isEqualTo("必填");
		assertThat(Html.textOf(html, "ent-companyEmail-error")).contains("邮箱格式");
		assertThat(Html.tagOf(html, "ent-creditCode")).contains("is-invalid").contains("value=\"" + wrongCheck + "\"");
		assertThat(Html.tagOf(html, "ent-name")).contains("value=\"河北" + username + "网络安全有限公司\"")
			.doesNotContain("is-invalid");
		assertThat(Html.tagOf(html, "ent-registeredCapital")).contains("value=\"很多\"");
		assertThat(html).contains("<option value=\"130000\" selected=\"selected\">河北省</option>")
			.contains("<option value=\"股份有限公司\" selected=\"selected\">")
			.doesNotContain(PASSWORD);
		assertThat(Html.tagOf(html, "ent-password")).contains("value=\"\"");
		assertThat(accounts.findByUsername(username)).isEmpty();
	}

	@Test
	void licenceThatIsNotAPdfIsRefusedBesideTheUploadField() throws Exception {
		String username = unique("page-415");
		var word = new MockMultipartFile("file", "licence.pdf", MediaType.APPLICATION_PDF_VALUE,
				"PK\u0003\u0004 a zip, not a PDF".getBytes());
		String html = mvc.perform(enterpriseForm(username, creditCode()).file(word))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(html, "ent-file-error")).contains("PDF");
		assertThat(html).contains("表单未通过检查时需重新选择文件");
		assertThat(accounts.findByUsername(username)).isEmpty();
	}

	@Test
	void personTabRegistersAPersonAndComesBackOnTheSameTabWhenRefused() throws Exception {
		String username = unique("page-per");
		String idNumber = "11010819850412" + String.format("%03d", (int) (System.nanoTime() % 1000));
		idNumber = idNumber + IdNumbers.checkDigit(idNumber);
		String wrong = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
		String html = mvc.perform(post("/register/person").param("username", username).param("password", PASSWORD)
				.param("confirmPassword", PASSWORD).param("name", "钱九").param("idNumber", wrong).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(html, "per-idNumber-error")).contains("身份证号不正确");
		assertThat(Html.tagOf(html, "tab-person")).contains("active");
		assertThat(Html.tagOf(html, "per-name")).contains("value=\"钱九\"");

		mvc.perform(post("/register/person").param("username", username).param("password", PASSWORD)
				.param("confirmPassword", PASSWORD).param("name", "钱九").param("idNumber", idNumber).with(csrf()))
			.andExpect(redirectedUrl("/login?registered"));
		long accountId = accounts.findByUsername(username).orElseThrow().id();
		assertThat(persons.personName(accountId)).contains("钱九");
	}

	@Test
	void registrationWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/register/person").param("username", unique("csrf")).param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}
}
