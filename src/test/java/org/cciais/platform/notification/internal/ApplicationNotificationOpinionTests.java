package org.cciais.platform.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.cciais.platform.application.ApplicationId;
import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.enterprise.EnterpriseId;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opinion a notification of an application step appends: the platform's own words in the recipient's language,
 * what the party typed as typed, and an event stored before the words had their key as it was (Chinese). Rendered
 * with the platform's bundles, as {@link NotificationTexts#render} does.
 */
class ApplicationNotificationOpinionTests {

	private final ResourceBundleMessageSource bundles = bundles();

	@Test
	void thePlatformsOwnWordsAreSaidInTheRecipientsLanguage() {
		ApplicationStateChanged rectified = step(null,
				new ApplicationStateChanged.Recorded("application.record.rectificationUploaded", List.of("整改材料.rar")));

		assertThat(render(rectified, Locale.SIMPLIFIED_CHINESE)).isEqualTo("已上传整改文件：整改材料.rar");
		assertThat(render(rectified, Locale.ENGLISH)).isEqualTo("Rectification file uploaded: 整改材料.rar");
	}

	@Test
	void whatThePartyTypedFollowsAsTyped() {
		ApplicationStateChanged assigned = step("请尽快审核",
				new ApplicationStateChanged.Recorded("application.record.reviewerAssigned", List.of("王评审")));

		assertThat(render(assigned, Locale.SIMPLIFIED_CHINESE)).isEqualTo("指派评审员：王评审。请尽快审核");
		assertThat(render(assigned, Locale.ENGLISH)).isEqualTo("Reviewer assigned: 王评审. 请尽快审核");
		assertThat(render(step("  缺页 ", null), Locale.ENGLISH)).isEqualTo("缺页");
	}

	@Test
	void theExpiryNamesTheDeletedFilesInEitherLanguage() {
		ApplicationStateChanged expired = step(null,
				new ApplicationStateChanged.Recorded("application.record.expiredOpinion", List.of("3")));

		assertThat(render(expired, Locale.ENGLISH)).isEqualTo("Materials not submitted within 7 days of acceptance: "
				+ "the platform cleared the application data (3 uploaded files deleted)");
		assertThat(render(expired, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("受理后 7 天内未提交申请材料，系统已清除申请数据（删除已上传文件 3 个）");
	}

	@Test
	void anEventWithoutWordsHasNoOpinionAndOneStoredBeforeKeepsItsText() {
		assertThat(ApplicationNotifications.opinion(step(" ", null))).isNull();
		assertThat(render(step("指派评审员：王评审", null), Locale.ENGLISH)).isEqualTo("指派评审员：王评审");
	}

	private String render(ApplicationStateChanged event, Locale language) {
		Object opinion = ApplicationNotifications.opinion(event);
		return opinion instanceof MessageSourceResolvable words ? bundles.getMessage(words, language)
				: (String) opinion;
	}

	private static ApplicationStateChanged step(String opinion, ApplicationStateChanged.Recorded recorded) {
		return ApplicationStateChanged
			.of(new ApplicationId(1), new EnterpriseId(2), Industry.FINANCE, Level.LEVEL_3)
			.moved(ApplicationStatus.DOC_RECTIFICATION, ApplicationStatus.DOC_REVIEW, "rectify")
			.opinion(opinion)
			.recorded(recorded)
			.at(Instant.parse("2026-12-03T08:00:00Z"))
			.build();
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("i18n/application", "i18n/notification");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}
}
