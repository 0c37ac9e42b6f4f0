package nl.lse.platform.tenancy;

import java.util.regex.Pattern;

/**
 * The PostgreSQL role names of one installation. Roles are global to the server, so every
 * name carries the installation prefix (by default the database name); see
 * {@code docs/database.md}.
 *
 * @param prefix the installation prefix
 */
public record DatabaseRoles(String prefix) {

	private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	public DatabaseRoles {
		if (prefix == null || !PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException(
					"Role prefix must be lower case letters, digits and underscores (at most 40): " + prefix);
		}
	}

	/** Runtime login of platform-app and batch-jobs. */
	public String app() {
		return this.prefix + "_app";
	}

	/** Runtime login of tenant-admin: provisioning functions and the catalog only. */
	public String admin() {
		return this.prefix + "_admin";
	}

	/**
	 * Login of the migration runner: owns platform and batch, may become a tenant owner.
	 */
	public String migrator() {
		return this.prefix + "_migrator";
	}

	/** NOLOGIN role with CREATEROLE that owns the provisioning functions. */
	public String provisioner() {
		return this.prefix + "_provisioner";
	}

	/**
	 * NOLOGIN role that owns the sealing functions: the only writer of the audit chain
	 * heads and seals in {@code platform}.
	 */
	public String sealer() {
		return this.prefix + "_sealer";
	}

	/** DML-only role of one tenant: what a request in that tenant runs as. */
	public String tenant(TenantId tenant) {
		return this.prefix + "_tenant_" + tenant.code();
	}

	/** Owner of one tenant's schema: only migrations run as it. */
	public String tenantOwner(TenantId tenant) {
		return tenant(tenant) + "_owner";
	}

}
