package org.cciais.platform.demo;

import java.time.Duration;

import org.cciais.platform.account.PersonRegistration;
import org.cciais.platform.enterprise.EnterpriseRegistration;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.notification.internal.DemoNotices;
import org.cciais.platform.notification.internal.NoticeBoard;
import org.cciais.platform.organization.OrganizationAccountManagement;
import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.shared.CreditCodes;
import org.cciais.platform.shared.IdNumbers;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's demo log-ins exist after loading the demo data, loading twice changes nothing, and the demo
 * enterprise survives the registration purge. (Loaded by hand here: the shared test context runs without the demo
 * profile.)
 */
class DemoDataTests extends PlatformTest {

	@Autowired
	OrganizationAccountManagement staff;

	@Autowired
	EnterpriseRegistration registrations;

	@Autowired
	EnterpriseQueries enterprises;

	@Autowired
	PersonRegistration persons;

	@Autowired
	NoticeBoard notices;

	@Autowired
	Environment environment;

	private DemoData demo() {
		return new DemoData(accounts, organizations, organizationManagement, staff, registrations, enterprises, persons,
				environment);
	}

	@Test
	void demoDataCreatesTheReadmeLoginsOnceForTheJingJinJiGroup() throws Exception {
		demo().load();
		demo().load();
		var review = organizations.ofType(OrganizationType.REVIEW).stream()
			.filter(o -> o.name().equals("京津冀信息安全评审中心")).toList();
		assertThat(review).hasSize(1);
		assertThat(review.get(0).regionGroups()).containsExactly("JJJ");
		assertThat(organizations.ofType(OrganizationType.CONSULTING).stream()
			.filter(o -> o.name().equals("北京安信管理咨询有限公司"))).hasSize(1);
		assertThat(accounts.findByOrganization(review.get(0).id(), Role.REVIEWER)).extracting(a -> a.username())
			.containsExactly("reviewer1", "reviewer2");
		Object[][] logins = { { "review-org", Role.REVIEW_ORG }, { "reviewer1", Role.REVIEWER },
				{ "reviewer2", Role.REVIEWER }, { "consultant", Role.CONSULTANT }, { "expert", Role.EXPERT },
				{ "demo-enterprise", Role.ENTERPRISE }, { "demo-person", Role.PERSON } };
		for (Object[] login : logins) {
			assertThat(accounts.findByUsername((String) login[0])).get()
				.satisfies(a -> assertThat(a.role()).isEqualTo(login[1]));
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/auth/token")
					.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
					.content("{\"username\":\"" + login[0] + "\",\"password\":\"" + DemoData.PASSWORD + "\"}"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
		}
		assertThat(CreditCodes.isValid(DemoData.ENTERPRISE_CREDIT_CODE)).isTrue();
		assertThat(IdNumbers.isValid(DemoData.PERSON_ID_NUMBER)).isTrue();

		long enterpriseId = accounts.findByUsername("demo-enterprise").orElseThrow().enterpriseId();
		advance(Duration.ofDays(8));
		assertThat(enterprises.find(enterpriseId)).as("the demo enterprise outlives the 7-day purge").isPresent();
	}

	@Test
	void demoNoticesArePublishedOnce() {
		var loader = new DemoNotices(notices, environment);
		loader.load();
		loader.load();
		for (String title : new String[] { "关于信息系统业务安全服务资质申报平台 2.0 上线的通知", "关于做好获证企业年度检查工作的通知",
				"信息系统业务安全服务工程师培训报名通知" }) {
			assertThat(notices.latest(1000).stream().filter(n -> n.title().equals(title))).hasSize(1);
		}
	}

	@Test
	void demoDataIsNeverLoadedUnderTheProductionProfile() throws Exception {
		var prod = new MockEnvironment();
		prod.setActiveProfiles("prod");
		long before = accounts.findAll().size();
		new DemoData(accounts, organizations, organizationManagement, staff, registrations, enterprises, persons, prod)
			.run(null);
		assertThat(accounts.findAll()).hasSize((int) before);
	}
}
