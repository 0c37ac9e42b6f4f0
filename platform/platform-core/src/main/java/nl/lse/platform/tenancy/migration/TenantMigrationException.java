package nl.lse.platform.tenancy.migration;

import nl.lse.platform.tenancy.TenantId;

/** A tenant schema that could not be migrated; the tenant is put in maintenance. */
public class TenantMigrationException extends RuntimeException {

	public TenantMigrationException(TenantId tenant, Throwable cause) {
		super("Migration of tenant " + tenant + " failed: " + cause.getMessage(), cause);
	}

}
