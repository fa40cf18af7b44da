package org.cciais.platform.shared.web;

import java.util.Map;

import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a page shows after its form posted: the success on top, or the refusal where the page reads it. */
@ExtendWith(ChineseReader.class)
class FormPostsTests {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final FormPosts posts = new FormPosts(messages);

	private final RedirectAttributesModelMap flash = new RedirectAttributesModelMap();

	FormPostsTests() {
		messages.addMessage("creditCode.invalid", Languages.CHINESE, "统一社会信用代码应为 18 位");
		messages.addMessage("material.missing", Languages.CHINESE, "请上传“{0}”");
		messages.addMessage("opinion.required", Languages.CHINESE, "请填写审核意见。");
		messages.addMessage("state", Languages.CHINESE, "该申请当前状态不能再修改。");
		messages.addMessage("creditCode.invalid", Languages.ENGLISH,
				"The unified social credit code has 18 characters");
		messages.addMessage("material.missing", Languages.ENGLISH, "Upload “{0}”");
		messages.addMessage("opinion.required", Languages.ENGLISH, "Enter the review opinion.");
	}

	private Map<String, Object> flashed() {
		return Map.<String, Object>copyOf(flash.getFlashAttributes());
	}

	private static InvalidInputException invalid(String... fieldKeyArg) {
		var errors = new InvalidInputException.Collector();
		for (int i = 0; i < fieldKeyArg.length; i += 3) {
			errors.reject(fieldKeyArg[i], fieldKeyArg[i + 1], fieldKeyArg[i + 2]);
		}
		try {
			errors.throwIfAny();
		}
		catch (InvalidInputException ex) {
			return ex;
		}
		throw new AssertionError("no problem collected");
	}

	@Test
	void aSuccessfulPostIsTheSuccessFlashAndThePageItself() {
		String view = posts.runBesideFields(flash, "/enterprise/changes", "变更申请已提交。", "rectification-form", "file",
				Map.of(), () -> {
				});

		assertThat(view).isEqualTo("redirect:/enterprise/changes");
		assertThat(flashed()).containsOnly(Map.entry("success", "变更申请已提交。"));
	}

	@Test
	void aRefusalBesideTheFieldsIsNotRepeatedAtTheTopAndThePageOpensAtTheForm() {
		String view = posts.runBesideFields(flash, "/admin/enterprise-changes/7", "已通过。", "decision-form", null,
				Map.of("opinion", " "), () -> {
					throw new InvalidInputException("opinion", "opinion.required");
				});

		assertThat(view).isEqualTo("redirect:/admin/enterprise-changes/7#decision-form");
		assertThat(flashed()).containsOnlyKeys(FormRefusal.ATTRIBUTE);
		FormRefusal refused = (FormRefusal) flashed().get(FormRefusal.ATTRIBUTE);
		assertThat(refused.message("decision-form", "opinion")).isEqualTo("请填写审核意见。");
		assertThat(refused.value("decision-form", "opinion")).isEqualTo(" ");
	}

	@Test
	void aRefusalOfAFormWithASummaryIsSaidAtTheTopAndBesideTheField() {
		String view = posts.run(flash, "/review-org/applications/3", null, "doc-review", "report", Map.of(), () -> {
			throw new ConflictException("state");
		});

		assertThat(view).isEqualTo("redirect:/review-org/applications/3#doc-review");
		assertThat(flashed()).containsEntry("failure", "该申请当前状态不能再修改。");
		FormRefusal refused = (FormRefusal) flashed().get(FormRefusal.ATTRIBUTE);
		assertThat(refused.message("doc-review", null)).isEqualTo("该申请当前状态不能再修改。");
	}

	@Test
	void aPageThatReadsErrorOfItsFormGetsTheRefusalThereAndStaysWhereItWas() {
		String view = posts.runWithErrorFlash(flash, "/reviewer/conflicts", "利益冲突已申报。", "conflict", () -> {
			throw invalid("creditCode", "creditCode.invalid", null);
		});

		assertThat(view).isEqualTo("redirect:/reviewer/conflicts");
		assertThat(flashed()).containsOnly(Map.entry("error_conflict", "统一社会信用代码应为 18 位"));
	}

	@Test
	void aCaseThatIsNotFoundIsNoRefusalOfAPageThatReadsErrorOfItsForm() {
		assertThatThrownBy(() -> posts.runWithErrorFlash(flash, "/review-org/reviewers/li", "已保存。", "record", () -> {
			throw new NotFoundException("reviewer.notFound");
		})).isInstanceOf(NotFoundException.class);
		assertThat(flashed()).isEmpty();
	}

	@Test
	void severalMissingItemsAreOneSentenceWithOneFullStop() {
		InvalidInputException missing = invalid("I01", "material.missing", "年检申请表", "C01", "material.missing", "变更证明",
				"opinion", "opinion.required", null);

		assertThat(posts.sentence(missing)).isEqualTo("请上传“年检申请表”；请上传“变更证明”；请填写审核意见。");
	}

	@Test
	void theMessagesOfOneFieldAreJoinedBesideIt() {
		InvalidInputException twice = invalid("file", "material.missing", "年检申请表", "file", "material.missing",
				"变更证明");

		assertThat(posts.fields(twice)).containsOnly(Map.entry("file", "请上传“年检申请表”；请上传“变更证明”"));
		assertThat(posts.sentence(twice)).isEqualTo("请上传“年检申请表”；请上传“变更证明”。");
	}

	@Test
	void anEnglishReaderGetsOneSentenceWithEnglishPunctuation() {
		LocaleContextHolder.setLocale(Languages.ENGLISH);
		InvalidInputException missing = invalid("I01", "material.missing", "Inspection form", "C01", "material.missing",
				"Proof of change", "opinion", "opinion.required", null);

		assertThat(posts.sentence(missing))
			.isEqualTo("Upload “Inspection form”; Upload “Proof of change”; Enter the review opinion.");
	}

	@Test
	void anEnglishReaderGetsTheMessagesOfOneFieldJoinedTheEnglishWay() {
		LocaleContextHolder.setLocale(Languages.ENGLISH);
		InvalidInputException twice = invalid("file", "material.missing", "Inspection form", "file", "material.missing",
				"Proof of change");

		assertThat(posts.fields(twice))
			.containsOnly(Map.entry("file", "Upload “Inspection form”; Upload “Proof of change”"));
		assertThat(posts.sentence(twice)).isEqualTo("Upload “Inspection form”; Upload “Proof of change”.");
	}

	@Test
	void anEnglishReaderGetsTheRefusalBesideTheFormJoinedTheEnglishWay() {
		LocaleContextHolder.setLocale(Languages.ENGLISH);

		posts.runWithErrorFlash(flash, "/reviewer/conflicts", "Declared.", "conflict", () -> {
			throw invalid("creditCode", "creditCode.invalid", null, "opinion", "opinion.required", null);
		});

		assertThat(flashed()).containsOnly(Map.entry("error_conflict",
				"The unified social credit code has 18 characters; Enter the review opinion."));
	}

	@Test
	void aChineseReaderGetsTheRefusalBesideTheFormJoinedTheChineseWay() {
		posts.runWithErrorFlash(flash, "/reviewer/conflicts", "利益冲突已申报。", "conflict", () -> {
			throw invalid("creditCode", "creditCode.invalid", null, "opinion", "opinion.required", null);
		});

		assertThat(flashed()).containsOnly(Map.entry("error_conflict", "统一社会信用代码应为 18 位；请填写审核意见。"));
	}
}
