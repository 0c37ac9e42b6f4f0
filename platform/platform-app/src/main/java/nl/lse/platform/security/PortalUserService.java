package nl.lse.platform.security;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.TokenMapping;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * After the portal login: the user's authorities come from the access token, verified and
 * mapped exactly as on the API, not from the ID token or the user info.
 */
class PortalUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final JwtDecoder decoder;

	PortalUserService(JwtDecoder decoder) {
		this.decoder = decoder;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.delegate.loadUser(request);
		Jwt token = this.decoder.decode(request.getAccessToken().getTokenValue());
		LseAuthentication caller = TokenMapping.map(token);
		return new PortalUser(user, caller, request.getAccessToken().getIssuedAt(),
				request.getAccessToken().getExpiresAt(),
				(token.getIssuedAt() != null) ? token.getIssuedAt() : request.getAccessToken().getIssuedAt());
	}

}
