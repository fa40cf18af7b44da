package org.cciais.platform.shared.web;

import java.util.Map;

import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PayloadTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which field of a refused form each message is shown beside. */
@ExtendWith(ChineseReader.class)
class FormRefusalTests {

	private final StaticMessageSource messages = new StaticMessageSource();

	FormRefusalTests() {
		messages.addMessage("opinion.required", Languages.CHINESE, "请填写意见");
		messages.addMessage("file.empty", Languages.CHINESE, "请选择文件");
	}

	@Test
	void aFileTooLargeBelongsToTheFormsFileField() {
		FormRefusal refusal = FormRefusal.of(new PayloadTooLargeException("storage.file.tooLarge", 100), messages,
				ex -> "文件超过 100MB", "doc-review", "report", Map.of("opinion", "已阅"));

		assertThat(refusal.message("doc-review", "report")).isEqualTo("文件超过 100MB");
		assertThat(refusal.message("doc-review", null)).isNull();
		assertThat(refusal.message("onsite-review", "report")).isNull();
		assertThat(refusal.value("doc-review", "opinion")).isEqualTo("已阅");
		assertThat(refusal.value("onsite-review", "opinion")).isNull();
	}

	@Test
	void eachInputProblemBelongsToItsFieldAndTheStoragesFileToTheFormsFileField() {
		InvalidInputException invalid = null;
		try {
			new InvalidInputException.Collector().reject("opinion", "opinion.required").reject("file", "file.empty")
				.throwIfAny();
		}
		catch (InvalidInputException ex) {
			invalid = ex;
		}

		FormRefusal refusal = FormRefusal.of(invalid, messages, ex -> "unused", "termination", "report", null);

		assertThat(refusal.message("termination", "opinion")).isEqualTo("请填写意见");
		assertThat(refusal.message("termination", "report")).isEqualTo("请选择文件");
		assertThat(refusal.message("termination", "file")).isNull();
	}

	@Test
	void aRefusalOfTheStateBelongsToTheWholeForm() {
		FormRefusal refusal = FormRefusal.of(new ConflictException("error.concurrentChange"), messages,
				ex -> "该记录已被他人同时修改", "final-review", "report", Map.of());

		assertThat(refusal.message("final-review", null)).isEqualTo("该记录已被他人同时修改");
		assertThat(refusal.message("final-review", "")).isEqualTo("该记录已被他人同时修改");
		assertThat(refusal.message("final-review", "opinion")).isNull();
	}
}
