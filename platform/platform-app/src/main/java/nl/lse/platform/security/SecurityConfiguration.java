package nl.lse.platform.security;

import java.net.URI;

import nl.lse.platform.identity.IdentityProperties;
import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.TokenMapping;
import nl.lse.platform.portal.CsrfRefusal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * {@code /api/**}: stateless resource server, bearer tokens verified by
 * {@code TokenVerification}. Everything else: the portal, OIDC login with PKCE (scope
 * {@code organization:*}), sessions in PostgreSQL, CSRF on forms, logout that ends the
 * Keycloak session, back-channel logout, strict security headers. Both chains map the
 * token with {@link TokenMapping}, so a user has the same authorities in both.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(SecurityConfiguration::authenticate)))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// bearer tokens are not sent by browsers on their own: no CSRF on the API
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain portal(HttpSecurity http, ClientRegistrationRepository registrations, JwtDecoder decoder,
			IdentityProperties identity, FindByIndexNameSessionRepository<? extends Session> sessions,
			OAuth2AuthorizedClientManager clients, OAuth2AuthorizedClientRepository authorizedClients,
			@Qualifier("sessionTransactionManager") PlatformTransactionManager sessionTransactions, JdbcTemplate jdbc,
			@Value("${lse.portal.public-url}") String publicUrl) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler endKeycloakSession = new OidcClientInitiatedLogoutSuccessHandler(
				registrations);
		endKeycloakSession.setPostLogoutRedirectUri(publicUrl + "/uitgelogd");
		String keycloak = origin(identity.issuer());
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/css/**", "/js/**",
					"/vendor/**", "/favicon.ico", "/uitgelogd", "/sessie-verlopen", "/error", "/v3/api-docs",
					"/v3/api-docs/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.oauth2Login((login) -> login
				.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(authorizationRequests))
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(new PortalUserService(decoder))))
			.oidcLogout((logout) -> logout
				.backChannel((backChannel) -> backChannel.logoutHandler(new BackChannelSessionEnd(sessions))))
			.logout((logout) -> logout.logoutSuccessHandler(endKeycloakSession))
			.addFilterAfter(
					new PortalTokenRefresh(clients, authorizedClients,
							new OneRefreshPerSession(new TransactionTemplate(sessionTransactions), jdbc, sessions),
							decoder, new HttpSessionSecurityContextRepository(), identity.clockSkew()),
					AuthorizationFilter.class)
			.csrf(Customizer.withDefaults())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new CsrfRefusal()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
						+ "frame-ancestors 'none'; form-action 'self' " + keycloak))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frames) -> frames.deny())
				// behind a TLS proxy every request looks like plain http: HSTS on every
				// answer
				// when the portal's public address is https
				.httpStrictTransportSecurity(
						(hsts) -> hsts
							.requestMatcher(publicUrl.startsWith("https://") ? AnyRequestMatcher.INSTANCE
									: (request) -> request.isSecure())
							.includeSubDomains(true)
							.maxAgeInSeconds(31_536_000)));
		return http.build();
	}

	/**
	 * The tokens of a portal login live in its session, in PostgreSQL, so every replica
	 * can refresh them (Boot's default keeps them in the memory of the replica that
	 * logged in).
	 */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	/**
	 * Refreshes access tokens 30 seconds before they expire
	 * ({@link PortalTokenRefresh#REFRESH_AHEAD}).
	 */
	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients) {
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
				authorizedClients);
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.authorizationCode()
			.refreshToken((refresh) -> refresh.clockSkew(PortalTokenRefresh.REFRESH_AHEAD))
			.build());
		return manager;
	}

	/** The token mapped once: authorities and name of the API caller. */
	private static JwtAuthenticationToken authenticate(Jwt token) {
		LseAuthentication caller = TokenMapping.map(token);
		return new JwtAuthenticationToken(token, caller.authorities(), caller.username());
	}

	private static String origin(String issuer) {
		URI uri = URI.create(issuer);
		return uri.getScheme() + "://" + uri.getAuthority();
	}

}
