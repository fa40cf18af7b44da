package org.cciais.platform.account.internal;

import java.util.List;
import java.util.Optional;

import org.cciais.platform.shared.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Accounts extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	List<Account> findByOrganizationIdAndRoleOrderByUsername(long organizationId, Role role);

	org.springframework.data.domain.Page<Account> findByOrganizationIdAndRole(long organizationId, Role role,
			org.springframework.data.domain.Pageable page);

	List<Account> findByEnterpriseId(long enterpriseId);

	List<Account> findByEnterpriseIdInOrderById(java.util.Collection<Long> enterpriseIds);

	List<Account> findByOrganizationIdInAndRoleOrderByUsername(java.util.Collection<Long> organizationIds, Role role);

	List<Account> findByRoleOrderByUsername(Role role);

	List<Account> findAllByOrderByRoleAscUsernameAsc();

	/** Id and login name of every enabled account. */
	@org.springframework.data.jpa.repository.Query("select a.id, a.username from Account a where a.enabled = true")
	List<Object[]> enabledIdsAndNames();

	List<Account> findByUsernameIn(java.util.Collection<String> usernames);

	/** Sets the account's language (a BCP 47 tag) when it differs, without a version check. */
	@org.springframework.transaction.annotation.Transactional
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update Account a set a.language = :language where a.id = :id"
			+ " and (a.language is null or a.language <> :language)")
	int rememberLanguage(long id, String language);
}
