package nl.lse.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.TokenMapping;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a portal session in step with Keycloak: the access token (5 minutes) is refreshed
 * shortly before it expires and the caller is mapped again from the new token, so a user
 * removed from a municipality loses it within one token lifetime; when Keycloak refuses
 * the refresh (session ended, user disabled) the portal session ends too. When the
 * refresh fails otherwise (Keycloak down, a timeout, {@code invalid_client} after a
 * secret rotation) the session goes on only while its last access token is valid: past
 * its expiry plus the skew the portal answers 503 until a refresh works (fail closed: no
 * case data on a stale identity). Requests of one session refresh one at a time, across
 * replicas ({@link OneRefreshPerSession}): Keycloak rotates refresh tokens with reuse 0.
 */
class PortalTokenRefresh extends OncePerRequestFilter {

	/** Access tokens are refreshed this long before they expire. */
	static final Duration REFRESH_AHEAD = Duration.ofSeconds(30);

	/**
	 * A request takes the session's refresh lock this long before expiry: a little before
	 * the client would refresh, so no refresh runs outside the lock.
	 */
	private static final Duration LOCK_AHEAD = REFRESH_AHEAD.plusSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(PortalTokenRefresh.class);

	private final OAuth2AuthorizedClientManager clients;

	private final OAuth2AuthorizedClientRepository authorizedClients;

	private final OneRefreshPerSession refreshes;

	private final JwtDecoder decoder;

	private final SecurityContextRepository contexts;

	private final Duration skew;

	PortalTokenRefresh(OAuth2AuthorizedClientManager clients, OAuth2AuthorizedClientRepository authorizedClients,
			OneRefreshPerSession refreshes, JwtDecoder decoder, SecurityContextRepository contexts, Duration skew) {
		this.clients = clients;
		this.authorizedClients = authorizedClients;
		this.refreshes = refreshes;
		this.decoder = decoder;
		this.contexts = contexts;
		this.skew = skew;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isStatic(request)
				&& SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken login
				&& login.getPrincipal() instanceof PortalUser user) {
			OAuth2AuthorizedClient client;
			try {
				client = authorizeOneAtATime(login, request, response);
			}
			catch (OAuth2AuthorizationException ex) {
				if (!"invalid_grant".equals(ex.getError().getErrorCode())) {
					log.warn("Token refresh for {} failed ({})", login.getName(), ex.getError().getErrorCode());
					continueWhileValid(user, request, response, chain);
					return;
				}
				log.info("Portal session of {} ends: Keycloak refused the token refresh ({})", login.getName(),
						ex.getError().getErrorCode());
				client = null;
			}
			catch (RuntimeException ex) {
				// Keycloak unreachable
				log.warn("Token refresh for {} failed: {}", login.getName(), ex.getMessage());
				continueWhileValid(user, request, response, chain);
				return;
			}
			if (client == null) {
				endSession(request, response);
				return;
			}
			if (!client.getAccessToken().getIssuedAt().equals(user.tokenIssuedAt())) {
				try {
					remap(request, response, login, user, client);
				}
				catch (JwtException ex) {
					log.warn("Portal session of {} ends: the refreshed access token does not verify: {}",
							login.getName(), ex.getMessage());
					endSession(request, response);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * A refresh that is due runs under the session's lock, with the tokens as stored now:
	 * when another request has just refreshed, its tokens are taken instead.
	 */
	private @Nullable OAuth2AuthorizedClient authorizeOneAtATime(OAuth2AuthenticationToken login,
			HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		String registration = login.getAuthorizedClientRegistrationId();
		OAuth2AuthorizedClient held = this.authorizedClients.loadAuthorizedClient(registration, login, request);
		if (session == null || held == null || !due(held)) {
			return authorize(login, request, response);
		}
		String sessionId = session.getId();
		return this.refreshes.exclusively(sessionId, () -> {
			OAuth2AuthorizedClient stored = this.refreshes.stored(sessionId, registration).orElse(null);
			if (stored != null) {
				this.authorizedClients.saveAuthorizedClient(stored, login, request, response);
				if (!due(stored)) {
					return stored;
				}
			}
			OAuth2AuthorizedClient refreshed = authorize(login, request, response);
			if (refreshed != null && refreshed != stored && refreshed != held) {
				this.refreshes.store(sessionId, refreshed);
			}
			return refreshed;
		});
	}

	private @Nullable OAuth2AuthorizedClient authorize(OAuth2AuthenticationToken login, HttpServletRequest request,
			HttpServletResponse response) {
		return this.clients
			.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(login.getAuthorizedClientRegistrationId())
				.principal(login)
				.attribute(HttpServletRequest.class.getName(), request)
				.attribute(HttpServletResponse.class.getName(), response)
				.build());
	}

	private static boolean due(OAuth2AuthorizedClient client) {
		Instant expiresAt = client.getAccessToken().getExpiresAt();
		return expiresAt == null || Instant.now().isAfter(expiresAt.minus(LOCK_AHEAD));
	}

	/**
	 * Keycloak could not refresh the token: the last view serves until that token expires
	 * (plus the skew), then nothing until a refresh works.
	 */
	private void continueWhileValid(PortalUser user, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		if (Instant.now().isAfter(user.tokenExpiresAt().plus(this.skew))) {
			log.warn("Portal request of {} refused: its access token expired at {} and cannot be refreshed",
					user.getName(), user.tokenExpiresAt());
			response.setHeader("Retry-After", "30");
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isStatic(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/actuator/") || path.equals("/error");
	}

	private void remap(HttpServletRequest request, HttpServletResponse response, OAuth2AuthenticationToken login,
			PortalUser user, OAuth2AuthorizedClient client) {
		Jwt token = this.decoder.decode(client.getAccessToken().getTokenValue());
		LseAuthentication caller = TokenMapping.map(token);
		PortalUser refreshed = new PortalUser(user, caller, client.getAccessToken().getIssuedAt(),
				client.getAccessToken().getExpiresAt(),
				(token.getIssuedAt() != null) ? token.getIssuedAt() : client.getAccessToken().getIssuedAt());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new OAuth2AuthenticationToken(refreshed, refreshed.getAuthorities(),
				login.getAuthorizedClientRegistrationId()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	private static void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		response.sendRedirect(request.getContextPath() + "/");
	}

}
