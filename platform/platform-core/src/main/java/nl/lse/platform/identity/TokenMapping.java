package nl.lse.platform.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The one mapping from a Keycloak access token to an {@link LseAuthentication}.
 * <ul>
 * <li>LSE-wide roles come from the top-level {@code realm_access.roles}, and count only
 * for members of the {@code lse} organization; a municipality role found there is
 * ignored, because a realm role would hold in every municipality the user belongs
 * to.</li>
 * <li>Municipality roles come only from the municipality's own entry of the
 * {@code organization} claim, which Keycloak's organization group mapper writes as
 * {@code {"gm0193": {"groups": ["/casusregie"], "realm_access": {"roles":
 * ["case-director", ...]}}}}.</li>
 * <li>A list of aliases (no group mapper) or an entry without roles gives a membership
 * without any municipality role: the tenant gate lets no one in on that alone.</li>
 * </ul>
 */
public final class TokenMapping {

	/** The organization of LSE's own staff: LSE-wide roles count for its members only. */
	public static final String LSE_ORGANIZATION = "lse";

	private TokenMapping() {
	}

	public static LseAuthentication map(Jwt token) {
		Set<LseRole> lseWide = EnumSet.noneOf(LseRole.class);
		roles(token.getClaims().get("realm_access")).stream()
			.filter((role) -> !role.worksInATenant())
			.forEach(lseWide::add);
		Map<String, Set<LseRole>> memberships = new LinkedHashMap<>();
		Object claim = token.getClaims().get("organization");
		if (claim instanceof Collection<?> aliases) {
			aliases.forEach((alias) -> memberships.put(String.valueOf(alias), Set.of()));
		}
		else if (claim instanceof Map<?, ?> byAlias) {
			byAlias.forEach((alias, entry) -> memberships.put(String.valueOf(alias), municipalityRoles(entry)));
		}
		if (!memberships.containsKey(LSE_ORGANIZATION)) {
			lseWide.clear();
		}
		String username = firstNonBlank(token.getClaimAsString("preferred_username"), token.getSubject());
		String name = firstNonBlank(token.getClaimAsString("name"), username);
		return new LseAuthentication(token.getSubject(), username, name, lseWide, memberships);
	}

	private static Set<LseRole> municipalityRoles(Object entry) {
		Set<LseRole> roles = EnumSet.noneOf(LseRole.class);
		if (entry instanceof Map<?, ?> fields) {
			roles(fields.get("realm_access")).stream().filter(LseRole::worksInATenant).forEach(roles::add);
		}
		return roles;
	}

	/** The platform's roles among {@code realm_access.roles}. */
	private static Set<LseRole> roles(Object realmAccess) {
		Set<LseRole> roles = EnumSet.noneOf(LseRole.class);
		if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> names) {
			names.forEach((name) -> LseRole.fromRealmRole(String.valueOf(name)).ifPresent(roles::add));
		}
		return roles;
	}

	private static String firstNonBlank(String first, String second) {
		return (first != null && !first.isBlank()) ? first : second;
	}

}
