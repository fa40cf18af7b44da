package org.cciais.platform.certificate;

import java.math.BigDecimal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 证书查询: the enterprise's certificates and their 正本 / 副本 PDFs through the API (manual 3.5). */
class CertificateDocumentsTests extends PlatformTest {

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	CertificateQueries certificates;

	@Autowired
	CertificateManagement certificateManagement;

	@Value("${cciais.base-url}")
	String baseUrl;

	@Test
	void listsTheEnterprisesOwnCertificatesOnly() throws Exception {
		var ours = enterprise();
		var theirs = enterprise();
		var org = reviewOrg("JJJ");
		long id = Approvals.certify(issuance, ours.id(), Industry.FINANCE, Level.LEVEL_3, org.id(), null,
				clock.instant());
		Approvals.certify(issuance, theirs.id(), Industry.FINANCE, Level.LEVEL_3, org.id(), null, clock.instant());
		CertificateView issued = certificates.find(id).orElseThrow();

		mvc.perform(bearer(get("/api/v1/certificates"), token(ours.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].number").value(issued.number()))
			.andExpect(jsonPath("$[0].industry").value("FINANCE"))
			.andExpect(jsonPath("$[0].level").value("LEVEL_3"))
			.andExpect(jsonPath("$[0].status").value("VALID"))
			.andExpect(jsonPath("$[0].issuedOn").value(issued.issuedOn().toString()))
			.andExpect(jsonPath("$[0].expiresOn").value(issued.expiresOn().toString()));
	}

	@Test
	void originalPdfShowsTheEnterpriseAndNumberInChineseWithAQrCodeToTheVerificationPage() throws Exception {
		var enterprise = enterprise();
		var review = reviewOrg("JJJ");
		var consulting = consultingOrg("JJJ");
		long id = Approvals.certify(issuance, enterprise.id(), Industry.GOVERNMENT, Level.LEVEL_3, review.id(),
				consulting.id(), clock.instant());
		String number = certificates.find(id).orElseThrow().number();

		MockHttpServletResponse response = mvc
			.perform(bearer(get("/api/v1/certificates/{id}/original.pdf", id), token(enterprise.username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PDF_VALUE);
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
		byte[] pdf = response.getContentAsByteArray();
		assertThat(PdfReading.pages(pdf)).isEqualTo(1);
		String text = PdfReading.text(pdf);
		assertThat(text).contains(enterprise.name(), number, "正本", "政府", "叁级");
		assertThat(PdfReading.qrCode(pdf)).isEqualTo(baseUrl + "/verify?number=" + number);
	}

	@Test
	void copyPdfShowsTheCopyDataAndOrganisationsAndDownloadsAsAttachment() throws Exception {
		var enterprise = enterprise();
		var review = reviewOrg("JJJ");
		var consulting = consultingOrg("JJJ");
		long id = Approvals.certify(issuance, enterprise.id(), Industry.ENERGY, Level.LEVEL_3, review.id(),
				consulting.id(), clock.instant());
		CertificateView c = certificates.find(id).orElseThrow();

		MockHttpServletResponse response = mvc
			.perform(bearer(get("/api/v1/certificates/{id}/copy.pdf", id).param("download", "true"),
					token(enterprise.username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains(c.number());
		byte[] pdf = response.getContentAsByteArray();
		String text = PdfReading.text(pdf);
		assertThat(text).contains("副本", enterprise.name(), c.number(), c.copy().creditCode(),
				c.copy().registeredAddress(), review.name(), consulting.name());
		assertThat(PdfReading.qrCode(pdf)).isEqualTo(baseUrl + "/verify?number=" + c.number());
	}

	@Test
	void anotherEnterprisesCertificatePdfIsNotFound() throws Exception {
		var owner = enterprise();
		var other = enterprise();
		var org = reviewOrg("JJJ");
		long id = Approvals.certify(issuance, owner.id(), Industry.TELECOM, Level.LEVEL_3, org.id(), null,
				clock.instant());
		String token = token(other.username());

		mvc.perform(bearer(get("/api/v1/certificates/{id}/original.pdf", id), token))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/certificates/{id}/copy.pdf", id), token)).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/certificates/{id}/copy.pdf", Long.MAX_VALUE), token))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/certificates/{id}/copy.pdf", id)).andExpect(status().isUnauthorized());
	}

	@Test
	void copyPdfShowsTheDataChangedByAnAnnualInspection() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		long id = Approvals.certify(issuance, enterprise.id(), Industry.COMMERCE, Level.LEVEL_3, org.id(), null,
				clock.instant());
		CopyData before = certificates.find(id).orElseThrow().copy();
		String newName = enterprise.name().replace("有限公司", "科技股份有限公司");
		CopyData changed = new CopyData(newName, "上海市浦东新区年检变更路8号", before.creditCode(), before.foundedOn(),
				"王五", new BigDecimal("2500"), before.unitType());

		certificateManagement.updateCopy(id, changed, admin());

		String token = token(enterprise.username());
		String copy = PdfReading.text(mvc.perform(bearer(get("/api/v1/certificates/{id}/copy.pdf", id), token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(copy).contains(newName, "上海市浦东新区年检变更路8号", "王五", "2500")
			.doesNotContain(before.registeredAddress());
		String original = PdfReading.text(mvc.perform(bearer(get("/api/v1/certificates/{id}/original.pdf", id), token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(original).contains(newName);
	}

	@Test
	void revokedCertificatePdfCarriesTheInvalidStatus() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		long id = Approvals.certify(issuance, enterprise.id(), Industry.DEFENSE, Level.LEVEL_3, org.id(), null,
				clock.instant());
		String token = token(enterprise.username());
		String valid = PdfReading.text(mvc.perform(bearer(get("/api/v1/certificates/{id}/original.pdf", id), token))
			.andReturn().getResponse().getContentAsByteArray());

		certificateManagement.revoke(id, "违规转让资质", admin());

		String revoked = PdfReading.text(mvc.perform(bearer(get("/api/v1/certificates/{id}/original.pdf", id), token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(valid).doesNotContain("失效");
		assertThat(revoked).contains("失效");
	}

	@Test
	void aCertificateIsChineseForAnEnglishReaderToo() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		long id = Approvals.certify(issuance, enterprise.id(), Industry.ENERGY, Level.LEVEL_2, org.id(), null,
				clock.instant());
		CertificateView c = certificates.find(id).orElseThrow();
		certificateManagement.revoke(id, "违规转让资质", admin());

		MockHttpServletResponse response = mvc
			.perform(bearer(get("/api/v1/certificates/{id}/copy.pdf", id).param("download", "true"),
					token(enterprise.username())).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(ContentDisposition.parse(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
			.isEqualTo(c.number() + "-副本.pdf");
		byte[] pdf = response.getContentAsByteArray();
		assertThat(PdfReading.text(pdf)).contains("副本", "能源", "贰级", "失效").doesNotContain("Energy", "Level");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getSignatureDictionaries().get(0).getReason())
				.isEqualTo("资质证书 " + c.number() + "（副本）");
		}
	}

	@Test
	void certificatePdfsAreNotForOtherRoles() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		long id = Approvals.certify(issuance, enterprise.id(), Industry.MANUFACTURING, Level.LEVEL_3, org.id(), null,
				clock.instant());
		var reviewer = account(Role.REVIEW_ORG, org.id());

		mvc.perform(bearer(get("/api/v1/certificates/{id}/original.pdf", id), token(reviewer.username())))
			.andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/certificates/{id}/original.pdf", id), token("admin")))
			.andExpect(status().isOk());
	}

}
