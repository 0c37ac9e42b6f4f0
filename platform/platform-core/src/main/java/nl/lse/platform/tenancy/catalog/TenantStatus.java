package nl.lse.platform.tenancy.catalog;

/** Lifecycle of a tenant in the catalog. */
public enum TenantStatus {

	/** Roles and schema are being created; not yet open. */
	PROVISIONING,
	/** Open for work. */
	ACTIVE,
	/** Temporarily closed ("opgeschort"); data kept. */
	SUSPENDED,
	/** Leaving the platform; the only status in which its schema may be dropped. */
	OFFBOARDING

}
