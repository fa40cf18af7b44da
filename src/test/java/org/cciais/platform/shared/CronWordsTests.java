package org.cciais.platform.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CronWordsTests {

	@Test
	void describesThePlatformsSchedulesInChinese() {
		assertThat(CronWords.describe("0 */5 * * * *")).isEqualTo("每 5 分钟");
		assertThat(CronWords.describe("0 15 * * * *")).isEqualTo("每小时第 15 分");
		assertThat(CronWords.describe("0 30 2 * * *")).isEqualTo("每天 02:30");
		assertThat(CronWords.describe("0 0 */6 * * *")).isEqualTo("每 6 小时（第 0 分）");
		assertThat(CronWords.describe("-")).isEqualTo("已停用");
		assertThat(CronWords.describe("0 0 9 * * MON-FRI")).isEqualTo("0 0 9 * * MON-FRI");
	}
}
