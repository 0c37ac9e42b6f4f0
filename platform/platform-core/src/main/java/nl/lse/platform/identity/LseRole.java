package nl.lse.platform.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of Keycloak realm {@code lse} that the platform acts on: the municipality
 * roles ({@link #worksInATenant()}) hold in one municipality, through the groups of its
 * organization; the others are LSE-wide realm roles.
 */
public enum LseRole {

	/** Casusregiehouder: leads the municipality's cases. */
	CASE_DIRECTOR("case-director"),
	/** Medewerker gemeente. */
	MUNICIPALITY_STAFF("municipality-staff"),
	/** Ketenpartner: police, youth care, mental health, probation, school... */
	CHAIN_PARTNER("chain-partner"),
	/** LSE worker: family supporter, guide, advisor. Reaches tenants by role. */
	LSE_WORKER("lse-worker"),
	/**
	 * LSE coordinator: distributes work across municipalities. Reaches tenants by role.
	 */
	LSE_COORDINATOR("lse-coordinator"),
	/** LSE management: reports only, never inside a tenant. */
	LSE_MANAGEMENT("lse-management"),
	/** LSE beheer: onboarding and lifecycle, never inside a tenant. */
	LSE_ADMIN("lse-admin");

	private final String realmRole;

	LseRole(String realmRole) {
		this.realmRole = realmRole;
	}

	public String realmRole() {
		return this.realmRole;
	}

	/** The Spring Security authority, e.g. {@code ROLE_CASE_DIRECTOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

	public static Optional<LseRole> fromRealmRole(String realmRole) {
		return Arrays.stream(values()).filter((role) -> role.realmRole.equals(realmRole)).findFirst();
	}

	/** Roles that reach every tenant through their role rather than a membership. */
	public boolean reachesAllTenants() {
		return this == LSE_WORKER || this == LSE_COORDINATOR;
	}

	/**
	 * Roles of a municipality's own people: they enter the tenants they are members of.
	 */
	public boolean worksInATenant() {
		return this == CASE_DIRECTOR || this == MUNICIPALITY_STAFF || this == CHAIN_PARTNER;
	}

	/** Roles that never enter a tenant, whatever their memberships. */
	public boolean neverEntersATenant() {
		return this == LSE_MANAGEMENT || this == LSE_ADMIN;
	}

}
