package org.cciais.platform.account.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends every API token and page session of an account at once (on every node: both live in the database). */
@Component
public class AccountSessions {

	private final ApiTokens tokens;
	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	AccountSessions(ApiTokens tokens, ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.tokens = tokens;
		this.sessions = sessions;
	}

	public void endAll(Account account) {
		tokens.deleteByAccountId(account.getId());
		FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(account.getUsername()).keySet().forEach(repository::deleteById);
		}
	}
}
