package org.cciais.platform.catalog;

import java.util.List;

import org.cciais.platform.testing.Axe;
import org.cciais.platform.testing.BrowserTest;
import org.cciais.platform.testing.Viewports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 字典管理 in a real browser: the association opens a material's edit row, saves an empty name and sees why beside
 * the field with the row still open, then renames it; and adds a unit type. Screenshots
 * target/screenshots/dictionary-materials-refused-1366|390.png and dictionary-unit-types-1366|390.png.
 */
class DictionaryBrowserTests extends BrowserTest {

	@Autowired
	DictionaryManagement dictionaries;

	@AfterEach
	void fullWidthAndLoggedOut() {
		Viewports.reset(browser);
		logout();
	}

	@Test
	void theAssociationRenamesAMaterialAfterARefusalShownBesideTheName() throws Exception {
		DictionaryManagement.MaterialEntry item = dictionaries.materials().get(0);
		String form = "material-" + item.code();
		login("admin", "admin-test-pass-1");
		open("/admin/dictionaries");
		click(By.linkText("申请材料目录"));
		click(By.cssSelector("[data-bs-target='#" + form + "-row']"));
		WebElement title = waitFor(By.id(form + "-title"));
		title.clear();
		click(By.cssSelector("#" + form + " button[type=submit]"));

		assertThat(waitFor(By.id(form + "-title-error")).getText()).isEqualTo("请填写材料名称（200 字以内）");
		assertThat(browser.findElement(By.id(form + "-row")).isDisplayed()).isTrue();
		assertThat(browser.getCurrentUrl()).endsWith("/admin/dictionaries/materials#" + form);
		assertThat(Axe.seriousViolations(browser)).isEmpty();
		for (int width : List.of(Viewports.DESKTOP, Viewports.PHONE)) {
			Viewports.width(browser, width);
			Viewports.fullPageScreenshot(browser, "dictionary-materials-refused-" + width);
			assertThat(Viewports.overflow(browser).none()).as("materials at %d px", width).isTrue();
		}
		Viewports.reset(browser);

		String renamed = item.title() + "（新）";
		try {
			WebElement again = browser.findElement(By.id(form + "-title"));
			again.clear();
			again.sendKeys(renamed);
			post(By.cssSelector("#" + form + " button[type=submit]"));
			assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("已保存申请材料“" + renamed + "”。");
			assertThat(browser.findElement(By.id("material-table")).getText()).contains(renamed);
		}
		finally {
			DictionaryManagement.MaterialEntry now = dictionaries.material(item.code());
			dictionaries.editMaterial(item.code(), new DictionaryManagement.MaterialInput(item.title(), item.required(),
					item.fileKind(), item.shared(), item.order(), now.version()), null);
		}
	}

	@Test
	void theAssociationAddsAUnitType() throws Exception {
		String name = unique("测试性质");
		login("admin", "admin-test-pass-1");
		open("/admin/dictionaries/unit-types");
		browser.findElement(By.id("unit-new-name")).sendKeys(name);
		browser.findElement(By.id("unit-new-order")).sendKeys("99");
		post(By.cssSelector("#unit-new button[type=submit]"));
		assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("已新增单位性质“" + name + "”。");
		for (int width : List.of(Viewports.DESKTOP, Viewports.PHONE)) {
			Viewports.width(browser, width);
			open("/admin/dictionaries/unit-types");
			Viewports.fullPageScreenshot(browser, "dictionary-unit-types-" + width);
			assertThat(Viewports.overflow(browser).none()).as("unit types at %d px", width).isTrue();
		}
	}
}
