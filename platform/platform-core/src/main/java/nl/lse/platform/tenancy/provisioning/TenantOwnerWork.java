package nl.lse.platform.tenancy.provisioning;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import javax.sql.DataSource;

import nl.lse.platform.tenancy.DatabaseRoles;
import nl.lse.platform.tenancy.TenantId;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * tenant-admin's writes into a tenant's own records (the partner organisations it works
 * with, who works for them there): one transaction on a migrator connection that has set
 * the tenant's owner role and schema for that transaction only, the same way a request
 * enters its tenant. tenant-admin holds no tenant DML role; this is the migrator's
 * membership of the owner role, used for data that onboarding puts in place.
 */
public class TenantOwnerWork {

	private final DataSource migrator;

	private final DatabaseRoles roles;

	public TenantOwnerWork(DataSource migrator, DatabaseRoles roles) {
		this.migrator = migrator;
		this.roles = roles;
	}

	public <T> T run(TenantId tenant, Function<JdbcOperations, T> work) {
		try (Connection connection = this.migrator.getConnection()) {
			connection.setAutoCommit(false);
			try {
				JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				jdbc.queryForList("select set_config('role', ?, true), set_config('search_path', ?, true)",
						this.roles.tenantOwner(tenant), tenant.schemaName());
				T result = work.apply(jdbc);
				connection.commit();
				return result;
			}
			catch (RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("No migrator connection for " + tenant, ex);
		}
	}

}
