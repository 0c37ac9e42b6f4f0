package nl.lse.platform.tenancy.web;

import nl.lse.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

/** What a {@link TenantResolver} decided about one request. */
public sealed interface TenantDecision {

	/** The request does not address a tenant (e.g. {@code /actuator/health}). */
	record NotTenantScoped() implements TenantDecision {
	}

	/**
	 * The request addresses a tenant the caller may not enter (or no valid tenant code at
	 * all, then {@code tenant} is null): answered as not found.
	 */
	record Denied(@Nullable TenantId tenant) implements TenantDecision {
	}

	/** The caller may enter this tenant, subject to its status in the catalog. */
	record Enter(TenantId tenant) implements TenantDecision {
	}

	static TenantDecision notTenantScoped() {
		return new NotTenantScoped();
	}

	static TenantDecision denied(@Nullable TenantId tenant) {
		return new Denied(tenant);
	}

	static TenantDecision enter(TenantId tenant) {
		return new Enter(tenant);
	}

}
