package nl.lse.platform.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Puts a verified API caller and its request on the current thread, as the API would. */
final class Callers {

	private Callers() {
	}

	/**
	 * A token of the shape Keycloak issues: an LSE-wide role at the top level, a
	 * municipality role in each municipality's entry of the {@code organization} claim.
	 */
	static void signIn(String subject, String name, String role, List<String> organizations, String address) {
		boolean municipalityRole = List.of("case-director", "municipality-staff", "chain-partner").contains(role);
		Map<String, Object> memberships = new LinkedHashMap<>();
		organizations.forEach((alias) -> memberships.put(alias,
				municipalityRole ? Map.of("realm_access", Map.of("roles", List.of(role))) : Map.of()));
		Jwt jwt = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject(subject)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300))
			.claim("preferred_username", subject)
			.claim("name", name)
			.claim("azp", "lse-portal-test")
			.claim("realm_access", Map.of("roles", municipalityRole ? List.of() : List.of(role)))
			.claim("organization", memberships)
			.build();
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		request.addHeader("X-Forwarded-For", "203.0.113.66");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	static void signOut() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

}
