package nl.lse.platform.identity;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.lse.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as the platform sees it, for the API and the portal alike.
 *
 * @param subject Keycloak user id ({@code sub})
 * @param username login name
 * @param displayName full name, for the audit trail and the page header
 * @param roles realm roles the platform knows
 * @param organizations aliases of the Keycloak organizations the user is a member of:
 * tenant codes, and {@code lse} for LSE staff
 */
public record LseAuthentication(String subject, String username, String displayName, Set<LseRole> roles,
		Set<String> organizations) implements Serializable {

	public LseAuthentication {
		roles = Set.copyOf(roles);
		organizations = Set.copyOf(organizations);
	}

	public boolean has(LseRole role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether the tenant gate lets this caller in, before the tenant's status is looked
	 * at.
	 */
	public boolean mayEnter(TenantId tenant) {
		if (this.roles.stream().anyMatch(LseRole::neverEntersATenant)) {
			return false;
		}
		return this.roles.stream().anyMatch(LseRole::reachesAllTenants) || (this.organizations.contains(tenant.code())
				&& this.roles.stream().anyMatch(LseRole::worksInATenant));
	}

	/**
	 * The tenants this caller is a member of (LSE staff reach tenants by role instead).
	 */
	public Set<TenantId> memberTenants() {
		return this.organizations.stream()
			.filter(TenantId::isValid)
			.map(TenantId::of)
			.collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(TenantId::code))));
	}

	public Set<GrantedAuthority> authorities() {
		return this.roles.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The caller of either security chain, or empty for anonymous. */
	public static Optional<LseAuthentication> of(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof LsePrincipal principal) {
			return Optional.of(principal.lseAuthentication());
		}
		if (authentication instanceof JwtAuthenticationToken jwt) {
			return Optional.of(TokenMapping.map(jwt.getToken()));
		}
		return Optional.empty();
	}

}
