package nl.lse.platform.tenancy.provisioning;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import nl.lse.platform.tenancy.migration.TenantMigrations;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Brings a municipality onto the platform and takes it off again. Every step is
 * idempotent, so a run that failed at any point is finished by running it again: register
 * in the catalog, create roles and schema (SECURITY DEFINER function), migrate the schema
 * as its owner, open it. Deprovisioning is refused unless the tenant is OFFBOARDING.
 */
public class TenantProvisioning {

	private final JdbcOperations admin;

	private final TenantCatalog catalog;

	private final TenantMigrations migrations;

	/**
	 * @param admin connected as the admin login
	 * @param catalog the catalog, written as the admin login
	 * @param migrations the tenant migrations, run as the migrator login
	 */
	public TenantProvisioning(JdbcOperations admin, TenantCatalog catalog, TenantMigrations migrations) {
		this.admin = admin;
		this.catalog = catalog;
		this.migrations = migrations;
	}

	public Tenant provision(TenantId tenant, String name) {
		prepare(tenant, name);
		return open(tenant);
	}

	/**
	 * Registers the tenant (PROVISIONING), creates its roles and schema and migrates it,
	 * without opening it: onboarding has more to do (identity) before anyone may enter.
	 */
	public void prepare(TenantId tenant, String name) {
		this.catalog.register(tenant, name);
		Tenant registered = this.catalog.find(tenant).orElseThrow();
		if (registered.status() == TenantStatus.OFFBOARDING) {
			throw new TenantLifecycleException(tenant + " is OFFBOARDING and cannot be provisioned again");
		}
		call("select provisioning.provision_tenant(?)", tenant);
		this.migrations.migrate(tenant);
	}

	/** Opens a prepared tenant (ACTIVE); a tenant already open stays as it is. */
	public Tenant open(TenantId tenant) {
		Tenant current = this.catalog.find(tenant)
			.orElseThrow(() -> new TenantLifecycleException(tenant + " is not registered"));
		if (current.status() == TenantStatus.PROVISIONING) {
			this.catalog.changeStatus(tenant, TenantStatus.PROVISIONING, TenantStatus.ACTIVE);
		}
		return this.catalog.find(tenant).orElseThrow();
	}

	/**
	 * LSE's own records ({@link TenantId#LSE}): a schema of their own with its own owner
	 * and DML roles, provisioned and migrated exactly like a municipality's.
	 */
	public Tenant provisionLseOwnRecords() {
		return provision(TenantId.LSE, "LSE, eigen registratie");
	}

	public void deprovision(TenantId tenant) {
		call("select provisioning.deprovision_tenant(?)", tenant);
	}

	private void call(String sql, TenantId tenant) {
		try {
			this.admin.queryForList(sql, tenant.code());
		}
		catch (DataAccessException ex) {
			throw new TenantLifecycleException(tenant + ": " + ex.getMostSpecificCause().getMessage(), ex);
		}
	}

}
