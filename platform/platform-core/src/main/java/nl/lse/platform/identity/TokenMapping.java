package nl.lse.platform.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The one mapping from a Keycloak access token to an {@link LseAuthentication}: realm
 * roles from {@code realm_access.roles}, organizations from the {@code organization}
 * claim (a list of aliases, which is how realm {@code lse} is set up; a map keyed by
 * alias is accepted too, should a mapper ever add ids or attributes).
 */
public final class TokenMapping {

	private TokenMapping() {
	}

	public static LseAuthentication map(Jwt token) {
		Set<LseRole> roles = EnumSet.noneOf(LseRole.class);
		Object realmAccess = token.getClaims().get("realm_access");
		if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> names) {
			names.forEach((name) -> LseRole.fromRealmRole(String.valueOf(name)).ifPresent(roles::add));
		}
		Set<String> organizations = new LinkedHashSet<>();
		Object claim = token.getClaims().get("organization");
		if (claim instanceof Collection<?> aliases) {
			aliases.forEach((alias) -> organizations.add(String.valueOf(alias)));
		}
		else if (claim instanceof Map<?, ?> byAlias) {
			byAlias.keySet().forEach((alias) -> organizations.add(String.valueOf(alias)));
		}
		String username = firstNonBlank(token.getClaimAsString("preferred_username"), token.getSubject());
		String name = firstNonBlank(token.getClaimAsString("name"), username);
		return new LseAuthentication(token.getSubject(), username, name, roles, organizations);
	}

	private static String firstNonBlank(String first, String second) {
		return (first != null && !first.isBlank()) ? first : second;
	}

}
