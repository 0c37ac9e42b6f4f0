package nl.lse.platform.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Keycloak's back-channel logout (the logout token already verified by Spring Security):
 * ends every portal session of that user in PostgreSQL, so it works whichever replica
 * Keycloak reaches.
 */
class BackChannelSessionEnd implements LogoutHandler {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	BackChannelSessionEnd(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken token
				&& token.getSubject() != null) {
			for (String id : List.copyOf(this.sessions.findByPrincipalName(token.getSubject()).keySet())) {
				this.sessions.deleteById(id);
			}
		}
	}

}
