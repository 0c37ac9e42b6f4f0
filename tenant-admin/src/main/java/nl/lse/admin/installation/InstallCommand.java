package nl.lse.admin.installation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import nl.lse.platform.tenancy.DatabaseRoles;
import nl.lse.platform.tenancy.migration.PlatformMigrations;
import nl.lse.platform.tenancy.provisioning.DatabaseInstallation;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code tenant-admin install}: creates the database if missing, then the installation's
 * roles, schemas and provisioning functions (as a superuser), then migrates the platform
 * schemas (as the migrator). Idempotent. Settings come from the environment:
 * {@code LSE_DB_SUPERUSER_URL} (default the local server as {@code postgres}),
 * {@code LSE_DB_NAME} (default {@code lse}), {@code LSE_DB_ROLE_PREFIX} (default the
 * database name) and optional passwords {@code LSE_DB_APP_PASSWORD},
 * {@code LSE_DB_ADMIN_PASSWORD}, {@code LSE_DB_MIGRATOR_PASSWORD}.
 */
public final class InstallCommand {

	private InstallCommand() {
	}

	public static int run(String[] args) {
		return run(System.getenv());
	}

	static int run(Map<String, String> env) {
		String superuserUrl = setting(env, "LSE_DB_SUPERUSER_URL",
				"jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
		String database = setting(env, "LSE_DB_NAME", "lse");
		try {
			DatabaseRoles roles = new DatabaseRoles(setting(env, "LSE_DB_ROLE_PREFIX", database));
			try (Connection server = DriverManager.getConnection(superuserUrl)) {
				DatabaseInstallation
					.createDatabaseIfMissing(new JdbcTemplate(new SingleConnectionDataSource(server, true)), database);
			}
			String databaseUrl = otherDatabase(superuserUrl, database);
			Map<String, String> passwords = new HashMap<>();
			putIfSet(passwords, roles.app(), env.get("LSE_DB_APP_PASSWORD"));
			putIfSet(passwords, roles.admin(), env.get("LSE_DB_ADMIN_PASSWORD"));
			putIfSet(passwords, roles.migrator(), env.get("LSE_DB_MIGRATOR_PASSWORD"));
			try (Connection connection = DriverManager.getConnection(databaseUrl)) {
				new DatabaseInstallation(new JdbcTemplate(new SingleConnectionDataSource(connection, true)), roles)
					.install(passwords);
			}
			String plainUrl = databaseUrl.contains("?") ? databaseUrl.substring(0, databaseUrl.indexOf('?'))
					: databaseUrl;
			new PlatformMigrations(new SimpleDriverDataSource(new org.postgresql.Driver(), plainUrl, roles.migrator(),
					env.get("LSE_DB_MIGRATOR_PASSWORD")), roles)
				.migrate();
			System.out.println("Installation '" + database + "' is ready (roles " + roles.prefix() + "_*)");
			return 0;
		}
		catch (SQLException | RuntimeException ex) {
			System.err.println("Installation failed: " + ex.getMessage());
			return 1;
		}
	}

	private static String otherDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = (query < 0) ? url : url.substring(0, query);
		return base.substring(0, base.lastIndexOf('/') + 1) + database + ((query < 0) ? "" : url.substring(query));
	}

	private static void putIfSet(Map<String, String> map, String key, @Nullable String value) {
		if (value != null && !value.isEmpty()) {
			map.put(key, value);
		}
	}

	private static String setting(Map<String, String> env, String name, String fallback) {
		String value = env.get(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
