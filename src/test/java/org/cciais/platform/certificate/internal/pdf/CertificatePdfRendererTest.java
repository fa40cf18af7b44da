package org.cciais.platform.certificate.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 正本 and the 副本 as a reader sees them: their text, their QR code, their watermark, their font. */
class CertificatePdfRendererTest {

	private static CertificatePdfRenderer renderer;

	@TempDir
	Path dir;

	@BeforeAll
	static void loadFontOnce() {
		// Parsing the 10 MB font is the slow part; one renderer serves every test, as one bean serves the application.
		renderer = new CertificatePdfRenderer();
	}

	@Test
	void originalNamesEnterpriseIndustryLevelNumberAndDatesInChinese() throws Exception {
		try (RenderedSheet sheet = original(Certificates.valid())) {
			assertThat(sheet.pages()).isEqualTo(1);
			assertThat(sheet.text()).contains("北京华信安全科技有限公司", "MIITCCCAIS-000012", "金融", "叁级",
					"中国通信工业协会信息安全分会", "2025年7月20日", "2028年7月19日", "二〇二五年七月二十日", "扫码验证证书真伪");
			assertThat(sheet.textWithoutBreaks()).contains("信息系统业务安全服务资质证书", "正本");
		}
	}

	@Test
	void originalIsLandscapeAndCopyIsPortraitA4() throws Exception {
		try (RenderedSheet original = original(Certificates.valid()); RenderedSheet copy = copy(Certificates.valid())) {
			assertThat(original.page().getMediaBox().getWidth()).isEqualTo(842f);
			assertThat(original.page().getMediaBox().getHeight()).isEqualTo(595f);
			assertThat(copy.page().getMediaBox().getWidth()).isEqualTo(595f);
			assertThat(copy.page().getMediaBox().getHeight()).isEqualTo(842f);
		}
	}

	@Test
	void copyShowsEveryCopyFieldInChinese() throws Exception {
		try (RenderedSheet sheet = copy(Certificates.valid())) {
			assertThat(sheet.text()).contains("证书编号", "单位名称", "注册地址", "统一社会信用代码", "成立时间", "法人代表",
					"注册资金(万元)", "单位类型", "资质行业", "资质等级", "评审机构", "咨询机构", "发证日期", "有效期至");
			assertThat(sheet.textWithoutBreaks()).contains("MIITCCCAIS-000012", "北京华信安全科技有限公司",
					"北京市海淀区中关村南大街5号院3号楼12层1205室", "91110108MA01ABCD3X", "2012年3月15日", "张伟", "5000",
					"有限责任公司", "金融", "叁级", "中安评审认证中心", "北京信安咨询服务有限公司", "2025年7月20日", "2028年7月19日",
					"副本", "中国通信工业协会信息安全分会", "扫码验证证书真伪");
			assertThat(sheet.text()).doesNotContain("5000.00");
		}
	}

	@Test
	void copySaysNoneWhenTheEnterpriseHadNoConsultingOrganisation() throws Exception {
		try (RenderedSheet sheet = copy(Certificates.withoutConsultingOrg())) {
			assertThat(sheet.text()).contains("咨询机构 无").doesNotContain("null");
		}
	}

	@Test
	void originalQrCodeLeadsToThePublicVerificationPage() throws Exception {
		try (RenderedSheet sheet = original(Certificates.valid())) {
			assertThat(sheet.qrCode()).isEqualTo(Certificates.VERIFY_URL);
		}
	}

	@Test
	void copyQrCodeLeadsToThePublicVerificationPage() throws Exception {
		try (RenderedSheet sheet = copy(Certificates.valid())) {
			assertThat(sheet.qrCode()).isEqualTo(Certificates.VERIFY_URL);
		}
	}

	@Test
	void invalidCertificateCarriesItsStatusAsWatermarkOnBothSheets() throws Exception {
		try (RenderedSheet original = original(Certificates.lapsed("失效"));
				RenderedSheet copy = copy(Certificates.lapsed("失效"))) {
			assertThat(original.textWithoutBreaks()).contains("失效");
			assertThat(copy.textWithoutBreaks()).contains("失效");
		}
	}

	@Test
	void suspendedCancelledAndReplacedCertificatesCarryTheirWordAsWatermark() throws Exception {
		for (String word : new String[] { "暂停", "注销", "已换发" }) {
			try (RenderedSheet original = original(Certificates.lapsed(word));
					RenderedSheet copy = copy(Certificates.lapsed(word))) {
				assertThat(original.textWithoutBreaks()).as(word).contains(word);
				assertThat(copy.textWithoutBreaks()).as(word).contains(word);
			}
		}
	}

	@Test
	void bothSheetsCarryTheSealImagePressedOverTheIssuingLine() throws Exception {
		try (RenderedSheet original = original(Certificates.valid()); RenderedSheet copy = copy(Certificates.valid())) {
			for (RenderedSheet sheet : new RenderedSheet[] { original, copy }) {
				var resources = sheet.page().getResources();
				var images = new java.util.ArrayList<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject>();
				for (var name : resources.getXObjectNames()) {
					if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject i) {
						images.add(i);
					}
				}
				// the generated seal: 600 x 600 pixels, with a transparent background (a soft mask)
				assertThat(images).anySatisfy(i -> {
					assertThat(i.getWidth()).isEqualTo(600);
					assertThat(i.getHeight()).isEqualTo(600);
					assertThat(i.getSoftMask()).isNotNull();
				});
			}
		}
	}

	@Test
	void qrCodeStaysReadableUnderTheWatermark() throws Exception {
		try (RenderedSheet original = original(Certificates.lapsed("已过期"));
				RenderedSheet copy = copy(Certificates.lapsed("已过期"))) {
			assertThat(original.textWithoutBreaks()).contains("已过期");
			assertThat(original.qrCode()).isEqualTo(Certificates.VERIFY_URL);
			assertThat(copy.qrCode()).isEqualTo(Certificates.VERIFY_URL);
		}
	}

	@Test
	void validCertificateCarriesNoWatermark() throws Exception {
		try (RenderedSheet original = original(Certificates.valid()); RenderedSheet copy = copy(Certificates.valid())) {
			assertThat(original.text()).doesNotContain("失效", "已过期");
			assertThat(copy.text()).doesNotContain("失效", "已过期");
			// one graphics state only: the seal's ink (multiply), no translucent watermark
			assertThat(original.page().getResources().getExtGStateNames()).hasSize(1);
			assertThat(original.text()).doesNotContain("暂停", "注销", "已换发");
		}
	}

	@Test
	void originalKeepsAVeryLongEnterpriseNameWhole() throws Exception {
		String name = "中国北方网络与信息系统业务安全技术服务集团股份有限公司华北区域运营中心第二分公司";
		CertificatePrintData data = Certificates.withEnterprise(name, "内蒙古自治区呼和浩特市赛罕区敕勒川大街");
		try (RenderedSheet original = original(data); RenderedSheet copy = copy(data)) {
			assertThat(original.textWithoutBreaks()).contains(name);
			assertThat(copy.textWithoutBreaks()).contains(name, "内蒙古自治区呼和浩特市赛罕区敕勒川大街");
		}
	}

	@Test
	void printsRareCharactersOutsideTheCommonSet() throws Exception {
		// 堃, 喆, 燊, 珺 occur in company and personal names but not in GB2312: a trimmed font would drop them.
		String name = "深圳市堃喆燊珺科技有限公司";
		try (RenderedSheet sheet = copy(Certificates.withEnterprise(name, "广东省深圳市南山区"))) {
			assertThat(sheet.textWithoutBreaks()).contains(name);
		}
	}

	@Test
	void embedsOnlyASubsetOfTheChineseFont() throws Exception {
		try (RenderedSheet sheet = copy(Certificates.valid())) {
			List<PDFont> fonts = sheet.fonts();
			assertThat(fonts).isNotEmpty().allSatisfy(font -> {
				assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
				assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+.*");
			});
			// The whole font is 10 MB; a sheet uses a few hundred glyphs.
			assertThat(sheet.bytes()).isLessThan(300_000);
		}
	}

	@Test
	void usesTheFontShippedWithTheApplicationSoAnyMachinePrintsChinese() {
		assertThat(CertificateFont.load().source()).isEqualTo("classpath:fonts/NotoSansSC-Regular.ttf");
	}

	@Test
	void leavesTheCallersStreamOpen() {
		var out = new ByteArrayOutputStream() {
			boolean closed;

			@Override
			public void close() {
				closed = true;
			}
		};
		renderer.renderCopy(Certificates.valid(), out);
		assertThat(out.closed).isFalse();
		assertThat(new String(out.toByteArray(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void rendersConcurrentlyWithOneSharedFont() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<String>> jobs = List.of(() -> textOf(renderer::renderOriginal),
					() -> textOf(renderer::renderCopy), () -> textOf(renderer::renderOriginal),
					() -> textOf(renderer::renderCopy));
			for (Future<String> text : pool.invokeAll(jobs)) {
				assertThat(text.get()).contains("北京华信安全科技有限公司", "MIITCCCAIS-000012");
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private String textOf(BiConsumer<CertificatePrintData, OutputStream> render) throws IOException {
		Path file = Files.createTempFile(dir, "sheet", ".pdf");
		try (OutputStream out = Files.newOutputStream(file)) {
			render.accept(Certificates.valid(), out);
		}
		try (RenderedSheet sheet = RenderedSheet.of(file)) {
			return sheet.text();
		}
	}

	private RenderedSheet original(CertificatePrintData data) throws IOException {
		return write(data, renderer::renderOriginal, "original");
	}

	private RenderedSheet copy(CertificatePrintData data) throws IOException {
		return write(data, renderer::renderCopy, "copy");
	}

	private RenderedSheet write(CertificatePrintData data, BiConsumer<CertificatePrintData, OutputStream> render,
			String name) throws IOException {
		Path file = Files.createTempFile(dir, name, ".pdf");
		try (OutputStream out = Files.newOutputStream(file)) {
			render.accept(data, out);
		}
		return RenderedSheet.of(file);
	}
}
