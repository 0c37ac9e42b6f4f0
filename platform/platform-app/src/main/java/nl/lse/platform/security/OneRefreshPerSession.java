package nl.lse.platform.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

/**
 * One token refresh per portal session at a time, across all replicas. Keycloak rotates
 * refresh tokens with reuse 0: two requests of one session that both refresh with the
 * same refresh token would end the session. A refresh takes a PostgreSQL advisory lock
 * keyed by the session, re-reads the tokens stored in the session (another request may
 * have refreshed meanwhile) and writes the new ones through to the session store before
 * the lock is released, not only when its own request ends.
 */
class OneRefreshPerSession {

	/**
	 * Where {@link HttpSessionOAuth2AuthorizedClientRepository} keeps a session's tokens.
	 */
	static final String AUTHORIZED_CLIENTS = HttpSessionOAuth2AuthorizedClientRepository.class.getName()
			+ ".AUTHORIZED_CLIENTS";

	private final TransactionOperations transactions;

	private final JdbcOperations jdbc;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	OneRefreshPerSession(TransactionOperations transactions, JdbcOperations jdbc,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	/** Runs the refresh while no other request of this session, on any replica, does. */
	<T> T exclusively(String sessionId, Supplier<T> refresh) {
		return this.transactions.execute((status) -> {
			this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended('lse-portal-refresh:' || ?, 0))",
					Object.class, sessionId);
			return refresh.get();
		});
	}

	/** The tokens as stored now, not as this request loaded them. */
	Optional<OAuth2AuthorizedClient> stored(String sessionId, String registrationId) {
		return Optional.ofNullable(this.sessions.findById(sessionId))
			.map((session) -> session.<Map<String, OAuth2AuthorizedClient>>getAttribute(AUTHORIZED_CLIENTS))
			.map((clients) -> clients.get(registrationId));
	}

	/** Writes new tokens through to the session store at once. */
	void store(String sessionId, OAuth2AuthorizedClient client) {
		storeIn(this.sessions, sessionId, client);
	}

	private static <S extends Session> void storeIn(FindByIndexNameSessionRepository<S> sessions, String sessionId,
			OAuth2AuthorizedClient client) {
		S session = sessions.findById(sessionId);
		if (session == null) {
			return;
		}
		Map<String, OAuth2AuthorizedClient> stored = session.getAttribute(AUTHORIZED_CLIENTS);
		Map<String, OAuth2AuthorizedClient> clients = (stored != null) ? new HashMap<>(stored) : new HashMap<>();
		clients.put(client.getClientRegistration().getRegistrationId(), client);
		session.setAttribute(AUTHORIZED_CLIENTS, clients);
		sessions.save(session);
	}

}
