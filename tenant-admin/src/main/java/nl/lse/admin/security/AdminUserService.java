package nl.lse.admin.security;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.TokenMapping;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A signed-in administrator holds the authorities of their access token, mapped as
 * everywhere ({@link TokenMapping}), and is named by their user name.
 */
class AdminUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final JwtDecoder decoder;

	AdminUserService(JwtDecoder decoder) {
		this.decoder = decoder;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.delegate.loadUser(request);
		LseAuthentication caller = TokenMapping.map(this.decoder.decode(request.getAccessToken().getTokenValue()));
		return new DefaultOidcUser(caller.authorities(), user.getIdToken(), user.getUserInfo(), "preferred_username");
	}

}
