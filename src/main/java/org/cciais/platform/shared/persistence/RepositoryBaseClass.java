package org.cciais.platform.shared.persistence;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

/**
 * Makes {@link MultiLoadingRepository} the base of every repository that Spring Boot's auto-configuration creates
 * (Boot has no setting for it, and {@code @EnableJpaRepositories} would replace the auto-configuration, which also
 * limits the repositories to one module in the module tests). Set before each repository factory is initialised.
 */
@Component
class RepositoryBaseClass implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String name) {
		if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> factory) {
			factory.setRepositoryBaseClass(MultiLoadingRepository.class);
		}
		return bean;
	}
}
