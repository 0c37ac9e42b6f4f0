package nl.lse.platform.tenancy.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import nl.lse.platform.tenancy.TenantId;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Reads and writes {@code platform.tenant}. Which login may do which write is decided by
 * the grants (see {@code docs/database.md}): the runtime login reads, the admin login
 * registers and changes status, the migrator records versions and maintenance.
 */
public class TenantCatalog {

	private static final String COLUMNS = "select code, name, status, schema_version, maintenance, maintenance_reason, created_at, updated_at from platform.tenant";

	private final JdbcOperations jdbc;

	public TenantCatalog(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	public List<Tenant> findAll() {
		return this.jdbc.query(COLUMNS + " order by code", TenantCatalog::map);
	}

	/** The municipalities in the catalog, in every status; without LSE's own records. */
	public List<Tenant> municipalities() {
		return findAll().stream().filter((tenant) -> tenant.id().isMunicipality()).toList();
	}

	/**
	 * The schemas background work enters (sealing, verifying, the event relay): active or
	 * suspended, and not in maintenance; LSE's own records among them.
	 */
	public List<TenantId> inService() {
		return findAll().stream()
			.filter((tenant) -> (tenant.status() == TenantStatus.ACTIVE || tenant.status() == TenantStatus.SUSPENDED)
					&& !tenant.maintenance())
			.map(Tenant::id)
			.toList();
	}

	public Optional<Tenant> find(TenantId id) {
		return this.jdbc.query(COLUMNS + " where code = ?", TenantCatalog::map, id.code()).stream().findFirst();
	}

	/**
	 * Registers a tenant in PROVISIONING; a second call for the same code changes
	 * nothing.
	 */
	public void register(TenantId id, String name) {
		this.jdbc.update("insert into platform.tenant (code, name, status) values (?, ?, 'PROVISIONING') "
				+ "on conflict (code) do nothing", id.code(), name);
	}

	/** Moves a tenant from one status to another; false if it was not in {@code from}. */
	public boolean changeStatus(TenantId id, TenantStatus from, TenantStatus to) {
		return this.jdbc.update(
				"update platform.tenant set status = ?, updated_at = now() where code = ? and status = ?", to.name(),
				id.code(), from.name()) == 1;
	}

	public void recordSchemaVersion(TenantId id, String version) {
		this.jdbc
			.update("update platform.tenant set schema_version = ?, maintenance = false, maintenance_reason = null, "
					+ "updated_at = now() where code = ?", version, id.code());
	}

	public void putInMaintenance(TenantId id, String reason) {
		this.jdbc.update("update platform.tenant set maintenance = true, maintenance_reason = ?, updated_at = now() "
				+ "where code = ?", reason, id.code());
	}

	private static Tenant map(ResultSet rs, int row) throws SQLException {
		return new Tenant(TenantId.ofCatalog(rs.getString("code")), rs.getString("name"),
				TenantStatus.valueOf(rs.getString("status")), rs.getString("schema_version"),
				rs.getBoolean("maintenance"), rs.getString("maintenance_reason"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp.toInstant();
	}

}
