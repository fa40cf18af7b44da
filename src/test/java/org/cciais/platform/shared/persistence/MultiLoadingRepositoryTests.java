package org.cciais.platform.shared.persistence;

import java.util.List;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/** Every repository loads a set of ids through Hibernate's multi-load: the ones that exist, each once. */
class MultiLoadingRepositoryTests extends PlatformTest {

	@Autowired
	ApplicationContext context;

	@Test
	void everyRepositoryOfThePlatformHasTheMultiLoadingBase() {
		String[] factories = context.getBeanNamesForType(JpaRepositoryFactoryBean.class);
		assertThat(factories).contains("&accounts", "&qualificationApplications", "&enterpriseRepository");
		for (String name : factories) {
			JpaRepositoryFactoryBean<?, ?, ?> factory = context.getBean(name, JpaRepositoryFactoryBean.class);
			assertThat(factory.getRepositoryInformation().getRepositoryBaseClass()).as(name)
				.isEqualTo(MultiLoadingRepository.class);
		}
	}

	@Test
	void findAllByIdAnswersTheAccountsThatExistEachOnce() {
		AccountView one = account(Role.EXPERT, null);
		AccountView two = account(Role.EXPERT, null);
		long missing = 987_654_321L;

		var found = accounts.findAllById(List.of(one.id(), two.id(), one.id(), missing));

		assertThat(found).containsOnlyKeys(one.id(), two.id());
		assertThat(found.get(two.id()).username()).isEqualTo(two.username());
		assertThat(accounts.findAllById(List.of())).isEmpty();
		assertThat(accounts.findAllById(List.of(missing))).isEmpty();
	}
}
