package nl.lse.platform.tenancy.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import nl.lse.platform.tenancy.DatabaseRoles;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates tenant schemas with {@code db/migration/tenant}, each as its owner role and
 * with its own history table. Tenants whose catalog row says they are at the current
 * version are skipped without asking Flyway; the others run with bounded parallelism. A
 * tenant that fails is put in maintenance and the others carry on.
 */
public class TenantMigrations {

	public static final String LOCATION = "db/migration/tenant";

	private static final Logger log = LoggerFactory.getLogger(TenantMigrations.class);

	private final DataSource migratorDataSource;

	private final DatabaseRoles roles;

	private final TenantCatalog catalog;

	private final MigrationScripts scripts;

	private final int parallelism;

	private final FluentConfiguration base;

	/**
	 * @param migratorDataSource unpooled connections of the migrator login: the owner
	 * role is set per session, so the connections must not be reused afterwards
	 * @param catalog the catalog, written as the migrator
	 */
	public TenantMigrations(DataSource migratorDataSource, DatabaseRoles roles, TenantCatalog catalog,
			MigrationScripts scripts, int parallelism) {
		this.migratorDataSource = migratorDataSource;
		this.roles = roles;
		this.catalog = catalog;
		this.scripts = scripts;
		this.parallelism = Math.max(1, parallelism);
		// one configuration for every tenant; scripts pre-read and no Java migrations, so
		// no
		// Flyway run scans the classpath
		this.base = Flyway.configure(getClass().getClassLoader())
			.dataSource(migratorDataSource)
			.createSchemas(false)
			.table("flyway_schema_history")
			.locations("classpath:" + LOCATION)
			.resourceProvider(scripts)
			.javaMigrationClassProvider(List::of);
	}

	public String currentVersion() {
		return this.scripts.latestVersion();
	}

	public MigrationReport migrateAll() {
		long started = System.nanoTime();
		List<TenantId> skipped = new ArrayList<>();
		List<TenantId> pending = new ArrayList<>();
		for (Tenant tenant : this.catalog.findAll()) {
			// provisioning migrates its own tenants; offboarding tenants are left alone
			if (tenant.status() == TenantStatus.OFFBOARDING || tenant.status() == TenantStatus.PROVISIONING) {
				continue;
			}
			if (isCurrent(tenant) && !tenant.maintenance()) {
				skipped.add(tenant.id());
			}
			else {
				pending.add(tenant.id());
			}
		}
		MigrationReport report = migrate(pending, skipped);
		log.info("Tenant migrations to version {}: {} migrated, {} already current, {} failed {} in {} ms",
				currentVersion(), report.migrated().size(), report.skipped().size(), report.failed().size(),
				report.failed().keySet(), (System.nanoTime() - started) / 1_000_000);
		return report;
	}

	private MigrationReport migrate(List<TenantId> pending, List<TenantId> skipped) {
		List<TenantId> migrated = Collections.synchronizedList(new ArrayList<>());
		Map<TenantId, String> failed = Collections.synchronizedMap(new LinkedHashMap<>());
		if (pending.isEmpty()) {
			return new MigrationReport(List.of(), List.copyOf(skipped), Map.of());
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(this.parallelism, pending.size()));
		try {
			List<Future<?>> running = new ArrayList<>();
			for (TenantId tenant : pending) {
				running.add(pool.submit(() -> migrateOrPark(tenant, migrated, failed)));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while migrating tenants", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Tenant migration task failed unexpectedly", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		return new MigrationReport(List.copyOf(migrated), List.copyOf(skipped), Map.copyOf(failed));
	}

	private void migrateOrPark(TenantId tenant, List<TenantId> migrated, Map<TenantId, String> failed) {
		try {
			migrate(tenant);
			migrated.add(tenant);
		}
		catch (RuntimeException ex) {
			String reason = rootMessage(ex);
			log.error("Tenant {} goes into maintenance: its migration to {} failed: {}", tenant, currentVersion(),
					reason, ex);
			this.catalog.putInMaintenance(tenant, "Migratie naar versie " + currentVersion() + " mislukt: " + reason);
			failed.put(tenant, reason);
		}
	}

	/** At or past this app's version: an older app never touches a newer schema. */
	private boolean isCurrent(Tenant tenant) {
		return tenant.schemaVersion() != null
				&& MigrationVersion.fromVersion(tenant.schemaVersion()).compareTo(this.scripts.latest()) >= 0;
	}

	/** Brings one tenant schema to the current version and records it in the catalog. */
	public void migrate(TenantId tenant) {
		try {
			flyway(tenant).migrate();
		}
		catch (RuntimeException ex) {
			throw new TenantMigrationException(tenant, ex);
		}
		this.catalog.recordSchemaVersion(tenant, currentVersion());
	}

	private Flyway flyway(TenantId tenant) {
		String owner = this.roles.tenantOwner(tenant);
		return Flyway.configure(getClass().getClassLoader())
			.configuration(this.base)
			.schemas(tenant.schemaName())
			.defaultSchema(tenant.schemaName())
			.initSql("set role \"" + owner + "\"")
			.placeholders(
					Map.of("tenant_role", this.roles.tenant(tenant), "owner_role", owner, "tenant_code", tenant.code()))
			.load();
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

}
