package nl.lse.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Enters the bound tenant on a connection whose transaction has just begun: one round
 * trip that sets the DML role and the search path transaction-locally, so that nothing
 * survives the transaction on a pooled connection. Without a bound tenant nothing is set
 * and the runtime login, which inherits no rights, sees no tenant data (fail closed).
 */
public final class TenantSwitch {

	private static final String ENTER = "select set_config('role', ?, true), set_config('search_path', ?, true)";

	private static final String PATH_ONLY = "select set_config('search_path', ?, true), ?";

	private final DatabaseRoles roles;

	private final boolean switchRole;

	public TenantSwitch(DatabaseRoles roles, boolean switchRole) {
		this.roles = roles;
		this.switchRole = switchRole;
	}

	public void enterCurrent(Connection connection) throws SQLException {
		Optional<TenantId> tenant = TenantContext.current();
		if (tenant.isPresent()) {
			enter(connection, tenant.get());
		}
	}

	void enter(Connection connection, TenantId tenant) throws SQLException {
		if (connection.getAutoCommit()) {
			throw new IllegalStateException("Tenant " + tenant + " can only be entered inside a transaction");
		}
		try (PreparedStatement statement = connection.prepareStatement(this.switchRole ? ENTER : PATH_ONLY)) {
			if (this.switchRole) {
				statement.setString(1, this.roles.tenant(tenant));
				statement.setString(2, tenant.schemaName());
			}
			else {
				statement.setString(1, tenant.schemaName());
				statement.setString(2, tenant.code());
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
			}
		}
	}

}
