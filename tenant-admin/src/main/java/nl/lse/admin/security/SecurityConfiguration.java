package nl.lse.admin.security;

import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.time.Duration;

import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.identity.TokenMapping;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Three chains. The probes are open. The API ({@code /api/v1/admin/**}) takes bearer
 * tokens verified like the platform's (issuer, audience, allowed clients) and lets only
 * {@code lse-admin} in, except that a municipality's case director may manage that
 * municipality's users ({@code .../municipalities/{code}/users}). The pages log in
 * through Keycloak (client {@code lse-tenant-admin}, code + PKCE) and let only
 * {@code lse-admin} in; the realm asks them for a second factor outside the demo. Only in
 * a web application: the command-line runs have no HTTP security to configure.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final String ADMIN = LseRole.LSE_ADMIN.authority().substring("ROLE_".length());

	@Bean
	@Order(1)
	SecurityFilterChain probes(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.anyRequest()
						.denyAll());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests
				// a municipality's case director manages its users too (from the portal)
				.requestMatchers("/api/v1/admin/municipalities/{code}/users",
						"/api/v1/admin/municipalities/{code}/users/{user}")
				.access(SecurityConfiguration::adminOrCaseDirectorThere)
				.anyRequest()
				.hasRole(ADMIN))
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(SecurityConfiguration::authenticate)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, JwtDecoder decoder, ClientRegistrationRepository registrations,
			KeycloakDirectory keycloak, @Value("${lse.admin.role-recheck:PT30S}") Duration recheck) throws Exception {
		OidcClientInitiatedLogoutSuccessHandler endKeycloakSession = new OidcClientInitiatedLogoutSuccessHandler(
				registrations);
		endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/css/**", "/js/**", "/vendor/**", "/error")
			.permitAll()
			.anyRequest()
			.hasRole(ADMIN))
			.oauth2Login((login) -> login
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(new AdminUserService(decoder))))
			.logout((logout) -> logout.logoutSuccessHandler(endKeycloakSession))
			// the session follows Keycloak: a demoted or disabled administrator is out at
			// once
			.addFilterBefore(new AdminRoleCheck(keycloak, recheck, Clock.systemUTC()), AuthorizationFilter.class)
			.csrf(Customizer.withDefaults())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
						+ "frame-ancestors 'none'; form-action 'self' " + keycloakOrigin(registrations))));
		return http.build();
	}

	private static String keycloakOrigin(ClientRegistrationRepository registrations) {
		String authorization = registrations.findByRegistrationId("keycloak")
			.getProviderDetails()
			.getAuthorizationUri();
		java.net.URI uri = java.net.URI.create(authorization);
		return uri.getScheme() + "://" + uri.getAuthority();
	}

	/** {@code lse-admin}, or case director in the municipality of the address. */
	private static AuthorizationDecision adminOrCaseDirectorThere(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		String code = context.getVariables().get("code");
		Set<String> authorities = authentication.get()
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return new AuthorizationDecision(authorities.contains(LseRole.LSE_ADMIN.authority())
				|| (code != null && authorities.contains(code + ":" + LseRole.CASE_DIRECTOR.authority())));
	}

	private static JwtAuthenticationToken authenticate(Jwt token) {
		LseAuthentication caller = TokenMapping.map(token);
		return new JwtAuthenticationToken(token, caller.authorities(), caller.username());
	}

}
