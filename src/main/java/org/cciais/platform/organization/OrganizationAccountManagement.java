package org.cciais.platform.organization;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cciais.platform.account.AccountAdministration;
import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountSummary;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.account.NewAccount;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's accounts: it opens the accounts of review organisations, reviewers, consulting organisations,
 * experts and other administrators. Enterprises and persons register themselves and are never created here.
 */
@Service
@Transactional
public class OrganizationAccountManagement {

	/** The roles ADMIN may create. */
	public static final Set<Role> CREATABLE = EnumSet.of(Role.REVIEW_ORG, Role.REVIEWER, Role.CONSULTANT,
			Role.EXPERT, Role.ADMIN);

	private final AccountManagement accounts;
	private final AccountAdministration administration;
	private final OrganizationQueries organizations;

	OrganizationAccountManagement(AccountManagement accounts, AccountAdministration administration,
			OrganizationQueries organizations) {
		this.accounts = accounts;
		this.administration = administration;
		this.organizations = organizations;
	}

	/** The organisation type an account of this role must belong to, or null for none. */
	public static OrganizationType requiredType(Role role) {
		return switch (role) {
			case REVIEW_ORG, REVIEWER -> OrganizationType.REVIEW;
			case CONSULTANT -> OrganizationType.CONSULTING;
			default -> null;
		};
	}

	public AccountView create(StaffAccount cmd, PlatformPrincipal admin) {
		if (cmd == null || cmd.role() == null) {
			throw new InvalidInputException("role", "account.role.required");
		}
		if (!CREATABLE.contains(cmd.role())) {
			throw new InvalidInputException("role", "account.role.notAllowed");
		}
		OrganizationType type = requiredType(cmd.role());
		OrganizationView organization = null;
		if (type != null) {
			if (cmd.organizationId() == null) {
				throw new InvalidInputException("organizationId", "account.organization.required");
			}
			organization = organizations.find(cmd.organizationId())
				.orElseThrow(() -> new InvalidInputException("organizationId", "account.organization.notFound"));
			if (organization.type() != type) {
				throw new InvalidInputException("organizationId", "account.organization.typeMismatch",
						mismatch(organization, type));
			}
		}
		String displayName = cmd.displayName() == null || cmd.displayName().isBlank()
				? (cmd.role() == Role.REVIEW_ORG || cmd.role() == Role.CONSULTANT) && organization != null
						? organization.name() : null
				: cmd.displayName();
		return accounts.create(new NewAccount(cmd.username(), cmd.password(), cmd.role(), displayName,
				cmd.email() == null || cmd.email().isBlank() ? null : cmd.email().trim(), null,
				organization == null ? null : organization.id()), admin);
	}

	/**
	 * 用户管理: moves a staff account to another organisation of the type its role needs (none for experts and
	 * administrators) and changes its name, phone and e-mail; audited with what changed.
	 */
	public AccountSummary updateStaff(String username, Long organizationId, String displayName, String phone,
			String email, PlatformPrincipal admin) {
		AccountSummary account = administration.get(username);
		OrganizationType type = requiredType(account.role());
		Long target = null;
		if (type != null) {
			if (organizationId == null) {
				throw new InvalidInputException("organizationId", "account.organization.required");
			}
			OrganizationView organization = organizations.find(organizationId)
				.orElseThrow(() -> new InvalidInputException("organizationId", "account.organization.notFound"));
			if (organization.type() != type) {
				throw new InvalidInputException("organizationId", "account.organization.typeMismatch",
						mismatch(organization, type));
			}
			target = organization.id();
		}
		return administration.updateStaff(username, target, displayName, phone, email, admin);
	}

	@Transactional(readOnly = true)
	public List<AccountView> staffOf(long organizationId) {
		return organizations.find(organizationId)
			.map(o -> o.type() == OrganizationType.REVIEW
					? java.util.stream.Stream
						.concat(accounts.findByOrganization(o.id(), Role.REVIEW_ORG).stream(),
								accounts.findByOrganization(o.id(), Role.REVIEWER).stream())
						.toList()
					: accounts.findByOrganization(o.id(), Role.CONSULTANT))
			.orElse(List.of());
	}

	/**
	 * ADMIN resets a password after checking the enterprise's licence (manual 3.1.3); returns the temporary
	 * password to hand over. Every session and token of the account ends.
	 */
	public String resetPassword(String username, PlatformPrincipal admin) {
		return accounts.resetPassword(username, admin);
	}

	/** Why the organisation does not fit the role, resolved in the reader's language with the refusal. */
	private static MessageSourceResolvable mismatch(OrganizationView organization, OrganizationType needed) {
		return new DefaultMessageSourceResolvable(new String[] { "organization.typeMismatch.detail" },
				new Object[] { organization.name(), organization.type(), needed });
	}
}
