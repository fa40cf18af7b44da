package org.cciais.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cciais.platform.application.ApplicationKind;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.application.internal.ApplicationWorkflow;
import org.cciais.platform.certificate.CertificateRequestStatus;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.internal.CertificateSheets;
import org.cciais.platform.enterprise.ChangeStatus;
import org.cciais.platform.inspection.InspectionStatus;
import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.ReviewerRules;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Labelled;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names of industries, levels, roles, states and actions live in the message bundles only: every code has its
 * name in Chinese and in English, looked up as the platform looks it up (the {@code MessageSource} of
 * {@code application.yml}).
 */
class NamesOfCodesTests {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private final ResourceBundleMessageSource messages = messages();

	private static ResourceBundleMessageSource messages() {
		try {
			Matcher basenames = Pattern.compile("basename: (\\S+)")
				.matcher(Files.readString(Path.of("src/main/resources/application.yml")));
			assertThat(basenames.find()).isTrue();
			ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
			messages.setBasenames(basenames.group(1).split(","));
			messages.setDefaultEncoding("UTF-8");
			messages.setFallbackToSystemLocale(false);
			return messages;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Labelled> codes() {
		return Stream
			.<Labelled[]>of(Industry.values(), Level.values(), Role.values(), ApplicationStatus.values(),
					WorkflowAction.values(), ApplicationKind.values(), ApplicationWorkflow.Stage.values(),
					CertificateStatus.values(), CertificateRequestStatus.values(), CertificateSheets.Sheet.values(),
					ChangeStatus.values(),
					InspectionStatus.values(), OrganizationType.values(), ReviewerRules.Status.values(),
					ReviewerRules.ConflictKind.values())
			.flatMap(Stream::of)
			.toList();
	}

	private List<String> problems(List<String> keys) {
		List<String> problems = new ArrayList<>();
		for (String key : keys) {
			try {
				String chinese = messages.getMessage(key, null, CHINESE);
				String english = messages.getMessage(key, null, Locale.ENGLISH);
				if (!HAN.matcher(chinese).find()) {
					problems.add(key + ": no Chinese (" + chinese + ")");
				}
				// a key missing from the English bundle reads the Chinese one
				if (HAN.matcher(english).find()) {
					problems.add(key + ": no English (" + english + ")");
				}
			}
			catch (NoSuchMessageException ex) {
				problems.add(key + ": missing");
			}
		}
		return problems;
	}

	@Test
	void everyCodeHasItsNameInChineseAndInEnglish() {
		assertThat(problems(codes().stream().map(Labelled::messageKey).toList())).isEmpty();
	}

	@Test
	void everyLevelHasTheFormalNamePrintedOnCertificates() {
		assertThat(problems(Stream.of(Level.values()).map(l -> "certificate.level.formal." + l.name()).toList()))
			.isEmpty();
	}

	@Test
	void everyStatusOfACertificateNotHeldHasTheWatermarkPrintedAcrossItsSheets() {
		assertThat(problems(Stream.of(CertificateStatus.values())
			.filter(s -> !s.held())
			.map(s -> "certificate.watermark." + s.name())
			.toList())).isEmpty();
	}

	@Test
	void theNamesReadAsTheyAlwaysHave() {
		assertThat(messages.getMessage(Industry.GOVERNMENT, CHINESE)).isEqualTo("政府");
		assertThat(messages.getMessage(Industry.GOVERNMENT, Locale.ENGLISH)).isEqualTo("Government");
		assertThat(messages.getMessage(Level.LEVEL_3, CHINESE)).isEqualTo("三级");
		assertThat(messages.getMessage("certificate.level.formal.LEVEL_3", null, CHINESE)).isEqualTo("叁级");
		assertThat(messages.getMessage(ApplicationStatus.SUBMITTED, CHINESE)).isEqualTo("已提交，待受理");
		assertThat(messages.getMessage(WorkflowAction.ACCEPT, CHINESE)).isEqualTo("受理");
		assertThat(messages.getMessage(WorkflowAction.ACCEPT, Locale.ENGLISH)).isEqualTo("Accept");
		assertThat(messages.getMessage(ApplicationKind.RENEWAL, CHINESE)).isEqualTo("续期（重新申请）");
		assertThat(messages.getMessage(CertificateStatus.CANCELLED, CHINESE)).isEqualTo("已注销");
		assertThat(messages.getMessage("certificate.watermark.CANCELLED", null, CHINESE)).isEqualTo("注销");
		assertThat(messages.getMessage(CertificateRequestStatus.PENDING, CHINESE)).isEqualTo("待协会处理");
		assertThat(messages.getMessage(CertificateSheets.Sheet.ORIGINAL, CHINESE)).isEqualTo("正本");
		assertThat(messages.getMessage(OrganizationType.REVIEW, CHINESE)).isEqualTo("评审机构");
		assertThat(messages.getMessage(ReviewerRules.Status.ACTIVE, CHINESE)).isEqualTo("在岗");
		assertThat(messages.getMessage(ReviewerRules.ConflictKind.EMPLOYMENT, CHINESE)).isEqualTo("任职");
		assertThat(messages.getMessage(ReviewerRules.ConflictKind.EMPLOYMENT, Locale.ENGLISH)).isEqualTo("Employment");
	}
}
