package nl.lse.platform.tenancy.web;

import nl.lse.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A request for a tenant address was refused before the tenant was entered. Published by
 * the tenant request filter, recorded as a security event by the audit module.
 *
 * @param tenant the tenant addressed, or {@code null} when the address held no valid code
 * @param reason why
 */
public record TenantAccessDenied(@Nullable TenantId tenant, Reason reason) {

	/** Why a tenant address was refused. */
	public enum Reason {

		/** The address holds no valid tenant code. */
		INVALID_ADDRESS,
		/**
		 * The caller may not enter this tenant (not a member, or a role that never does).
		 */
		NOT_ADMITTED,
		/** The caller may enter, but the tenant is unknown or not open. */
		NOT_OPEN,
		/** The tenant is suspended. */
		SUSPENDED,
		/**
		 * A management report of a scope (a municipality, national figures) the caller
		 * may not see.
		 */
		REPORT_SCOPE

	}

}
