package nl.lse.admin.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.platform.identity.LseRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An administrator's session follows Keycloak: the roles of the login are checked again
 * (at most every {@code recheck}) against Keycloak itself, and a session whose user is
 * disabled or no longer {@code lse-admin} ends at once (403). When Keycloak cannot be
 * asked, the page is refused (503): LSE beheer fails closed.
 */
class AdminRoleCheck extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AdminRoleCheck.class);

	private final KeycloakDirectory keycloak;

	private final Duration recheck;

	private final Clock clock;

	/** When each administrator was last found to be one. */
	private final Map<String, Instant> confirmed = new ConcurrentHashMap<>();

	AdminRoleCheck(KeycloakDirectory keycloak, Duration recheck, Clock clock) {
		this.keycloak = keycloak;
		this.recheck = recheck;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken login
				&& login.getPrincipal() instanceof OidcUser user) {
			String subject = user.getSubject();
			Instant now = this.clock.instant();
			Instant last = this.confirmed.get(subject);
			if (last == null || !now.isBefore(last.plus(this.recheck))) {
				boolean stillAdmin;
				try {
					stillAdmin = this.keycloak.isEnabledWithRole(subject, LseRole.LSE_ADMIN.realmRole());
				}
				catch (RuntimeException ex) {
					log.warn("The roles of {} could not be checked with Keycloak: {}", user.getPreferredUsername(),
							ex.toString());
					response.setHeader("Retry-After", "30");
					response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
					return;
				}
				if (!stillAdmin) {
					this.confirmed.remove(subject);
					log.info("Session of {} ended: no longer an enabled lse-admin in Keycloak",
							user.getPreferredUsername());
					HttpSession session = request.getSession(false);
					if (session != null) {
						session.invalidate();
					}
					SecurityContextHolder.clearContext();
					response.sendError(HttpServletResponse.SC_FORBIDDEN);
					return;
				}
				this.confirmed.put(subject, now);
			}
		}
		chain.doFilter(request, response);
	}

}
