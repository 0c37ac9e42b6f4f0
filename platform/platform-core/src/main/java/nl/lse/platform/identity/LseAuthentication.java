package nl.lse.platform.identity;

import java.io.Serializable;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * @param roles the LSE-wide roles ({@code lse-worker}, {@code lse-coordinator},
 * {@code lse-management}, {@code lse-admin}); never a municipality role
 * @param memberships the aliases of the Keycloak organizations the user is a member of
 * (tenant codes, and {@code lse} for LSE staff), each with the municipality roles the
 * user holds there and only there
 */
public record LseAuthentication(String subject, String username, String displayName, Set<LseRole> roles,
		Map<String, Set<LseRole>> memberships) implements Serializable {

	public LseAuthentication {
		if (roles.stream().anyMatch(LseRole::worksInATenant)) {
			throw new IllegalArgumentException("A municipality role holds in one municipality only: " + roles);
		}
		if (memberships.values().stream().flatMap(Set::stream).anyMatch((role) -> !role.worksInATenant())) {
			throw new IllegalArgumentException("An LSE-wide role is not held per municipality: " + memberships);
		}
		roles = Set.copyOf(roles);
		Map<String, Set<LseRole>> copy = new TreeMap<>();
		memberships.forEach((alias, held) -> copy.put(alias, Set.copyOf(held)));
		memberships = Collections.unmodifiableMap(copy);
	}

	/**
	 * The Keycloak user id as a {@link Subject}, for the domain; {@link #subject()} stays
	 * the plain claim for the audit trail and the other applications.
	 * @throws IllegalArgumentException if the token's {@code sub} is no valid subject
	 */
	public Subject subjectId() {
		return Subject.of(this.subject);
	}

	/** Whether the caller holds an LSE-wide role. */
	public boolean has(LseRole role) {
		if (role.worksInATenant()) {
			throw new IllegalArgumentException(role + " holds per municipality: ask hasIn(tenant, role)");
		}
		return this.roles.contains(role);
	}

	/**
	 * Whether the caller holds a municipality role in this municipality, from its own
	 * entry of the token's {@code organization} claim; LSE-wide roles hold everywhere.
	 */
	public boolean hasIn(TenantId tenant, LseRole role) {
		return role.worksInATenant() ? rolesIn(tenant).contains(role) : this.roles.contains(role);
	}

	/** The municipality roles the caller holds in this municipality. */
	public Set<LseRole> rolesIn(TenantId tenant) {
		return this.memberships.getOrDefault(tenant.code(), Set.of());
	}

	/** Whether the caller holds this role in any municipality or LSE-wide. */
	public boolean holdsAnywhere(LseRole role) {
		return this.roles.contains(role) || this.memberships.values().stream().anyMatch((held) -> held.contains(role));
	}

	/** The aliases of the organizations the caller is a member of. */
	public Set<String> organizations() {
		return this.memberships.keySet();
	}

	/**
	 * Whether the tenant gate lets this caller in, before the tenant's status is looked
	 * at.
	 */
	public boolean mayEnter(TenantId tenant) {
		if (this.roles.stream().anyMatch(LseRole::neverEntersATenant)) {
			return false;
		}
		return this.roles.stream().anyMatch(LseRole::reachesAllTenants) || !rolesIn(tenant).isEmpty();
	}

	/**
	 * The tenants this caller is a member of (LSE staff reach tenants by role instead).
	 */
	public Set<TenantId> memberTenants() {
		return this.memberships.keySet()
			.stream()
			.filter(TenantId::isValid)
			.map(TenantId::of)
			.collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(TenantId::code))));
	}

	/**
	 * LSE-wide roles as {@code ROLE_LSE_WORKER}; municipality roles with their
	 * municipality, as {@code gm0363:ROLE_CASE_DIRECTOR}, so that no authority says "case
	 * director" without saying where.
	 */
	public Set<GrantedAuthority> authorities() {
		Stream<String> lseWide = this.roles.stream().map(LseRole::authority);
		Stream<String> perMunicipality = this.memberships.entrySet()
			.stream()
			.flatMap((membership) -> membership.getValue()
				.stream()
				.map((role) -> membership.getKey() + ":" + role.authority()));
		return Stream.concat(lseWide, perMunicipality)
			.map((authority) -> (GrantedAuthority) new SimpleGrantedAuthority(authority))
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
