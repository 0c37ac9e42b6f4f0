package nl.lse.platform.audit;

import org.jspecify.annotations.Nullable;

/**
 * Who acted, for whom and from where (NEN 7513 "gebruiker", "rol", "namens", "bron").
 *
 * @param subjectId Keycloak user id
 * @param subjectName display name of the user
 * @param role the realm role the access was granted under
 * @param organisation the organisation acted for: the tenant code, a partner
 * organisation's id, or {@code lse}
 * @param clientId the client application ({@code azp} of the token, or the portal)
 * @param sourceAddress the caller's address, from a trusted proxy only
 */
public record Actor(String subjectId, String subjectName, String role, String organisation, String clientId,
		@Nullable String sourceAddress) {

	/** Work the platform does itself (the demo loader, a batch job). */
	public static Actor system(String clientId) {
		return new Actor("system", "LSE-platform", "system", "lse", clientId, null);
	}

}
