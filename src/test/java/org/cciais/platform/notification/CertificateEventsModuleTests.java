package org.cciais.platform.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.certificate.CertificateIssued;
import org.cciais.platform.certificate.CertificateRequestDeclined;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateStatusChanged;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.notification.internal.Notification;
import org.cciais.platform.notification.internal.NotificationRepository;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.cciais.platform.storage.FileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The notification module on its own ({@code @ApplicationModuleTest}): the certificate module's events, published
 * as that module publishes them, become the enterprise's notices (manual 3.5 and 4.4). The neighbours are stand-ins:
 * the enterprise has two accounts, and its certificate is 资质证书 JR-2027-0042, 金融行业三级, valid to 2030-01-03.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
// the readiness group names the storage module's file store, which this context does not have
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class CertificateEventsModuleTests {

	/* The tests share the context's database: each gets an enterprise, accounts and a certificate of its own. */
	private static final AtomicLong IDS = new AtomicLong(7_000L);

	private long enterprise;

	private long certificate;

	private AccountView owner;

	private AccountView second;

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	CertificateQueries certificates;

	@MockitoBean
	EnterpriseQueries enterprises;

	@MockitoBean
	FileStore files;

	@Autowired
	NotificationRepository notifications;

	@BeforeEach
	void neighbours() {
		enterprise = IDS.incrementAndGet();
		certificate = IDS.incrementAndGet();
		owner = account(IDS.incrementAndGet(), "owner");
		second = account(IDS.incrementAndGet(), "second");
		given(accounts.findByEnterprise(enterprise)).willReturn(List.of(owner, second));
		given(certificates.find(certificate)).willReturn(Optional.of(certificate(CertificateStatus.VALID)));
	}

	@Test
	void everyAccountOfTheEnterpriseIsToldOfItsNewCertificate(Scenario scenario) {
		scenario.publish(new CertificateIssued(certificate, enterprise, Industry.FINANCE, Level.LEVEL_3,
				LocalDate.of(2027, 1, 4), LocalDate.of(2030, 1, 3), 5_001L))
			.andWaitForStateChange(() -> noticesOf(second), list -> !list.isEmpty())
			.andVerify(list -> {
				assertThat(list).singleElement().satisfies(n -> {
					assertThat(n.getText()).isEqualTo(
							"您的金融行业三级资质证书（证书编号 JR-2027-0042）已颁发，有效期至 2030-01-03，可在“证书查询”中查看和下载电子证书。");
					assertThat(n.getLink()).isEqualTo("/enterprise/certificates");
					assertThat(n.isActionRequired()).isFalse();
				});
				assertThat(noticesOf(owner)).extracting(Notification::getText).hasSize(1);
			});
	}

	@Test
	void theEnterpriseIsToldOfASuspensionWithTheReason(Scenario scenario) {
		given(certificates.find(certificate)).willReturn(Optional.of(certificate(CertificateStatus.SUSPENDED)));

		scenario.publish(new CertificateStatusChanged(certificate, enterprise, CertificateStatus.SUSPENDED,
				"接到投诉，调查期间暂停", CertificateStatus.VALID))
			.andWaitForStateChange(() -> noticesOf(owner), list -> !list.isEmpty())
			.andVerify(list -> assertThat(list).extracting(Notification::getText)
				.containsExactly("您的金融行业三级资质证书（证书编号 JR-2027-0042）已被协会暂停：接到投诉，调查期间暂停。暂停期间该证书不视为持有，恢复后重新有效。"));
	}

	@Test
	void theEnterpriseIsToldThatItsCancellationRequestWasDeclined(Scenario scenario) {
		scenario.publish(new CertificateRequestDeclined(3_001L, certificate, enterprise, "材料不全"))
			.andWaitForStateChange(() -> noticesOf(owner), list -> !list.isEmpty())
			.andVerify(list -> assertThat(list).extracting(Notification::getText)
				.containsExactly("您对金融行业三级资质证书（证书编号 JR-2027-0042）的注销申请未获协会同意：材料不全"));
	}

	private List<Notification> noticesOf(AccountView account) {
		return notifications.findTop200ByAccountIdOrderByCreatedAtDescIdDesc(account.id())
			.stream()
			.filter(n -> ("certificate:" + certificate).equals(n.getTopic()))
			.toList();
	}

	private AccountView account(long id, String name) {
		return new AccountView(id, name + id, Role.ENTERPRISE, "某某信息技术有限公司", name + id + "@example.com", enterprise,
				null, Instant.parse("2027-01-01T00:00:00Z"), null);
	}

	private CertificateView certificate(CertificateStatus status) {
		return new CertificateView(certificate, "JR-2027-0042", 1_001L, enterprise, Industry.FINANCE, Level.LEVEL_3,
				status, null, null, LocalDate.of(2027, 1, 4), LocalDate.of(2030, 1, 3), 5_001L, null, null,
				Instant.parse("2027-01-04T02:00:00Z"), null, null);
	}
}
