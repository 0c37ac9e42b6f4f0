package nl.lse.platform.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import nl.lse.platform.tenancy.DatabaseRoles;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.migration.MigrationScripts;
import nl.lse.platform.tenancy.migration.PlatformMigrations;
import nl.lse.platform.tenancy.migration.TenantMigrations;
import nl.lse.platform.tenancy.provisioning.DatabaseInstallation;
import nl.lse.platform.tenancy.provisioning.TenantProvisioning;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A private database for the integration tests of one JVM:
 * {@code lse_it_<epoch>_<random>}, whose name is also the role prefix. Created with the
 * installation's roles and the platform schema migrated; dropped with its roles when the
 * JVM ends. Databases and roles of crashed runs older than two hours are dropped when the
 * next run starts.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final Pattern TEST_DATABASE = Pattern.compile("lse_it_([0-9]+)_[0-9a-f]+");

	private static @Nullable TestDatabase instance;

	private final PostgresServer server;

	private final String name;

	private final DatabaseRoles roles;

	private final Set<TenantId> provisioned = new HashSet<>();

	private TestDatabase(PostgresServer server, String name) {
		this.server = server;
		this.name = name;
		this.roles = new DatabaseRoles(name);
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			PostgresServer server = PostgresServer.locate();
			dropLeftovers(server);
			String name = "lse_it_" + Instant.now().getEpochSecond() + "_"
					+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
			TestDatabase database = new TestDatabase(server, name);
			Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-" + name));
			database.create();
			instance = database;
		}
		return instance;
	}

	public String name() {
		return this.name;
	}

	public DatabaseRoles roles() {
		return this.roles;
	}

	public String url() {
		return this.server.urlOf(this.name);
	}

	/** JDBC URL of another database on this server, with the superuser's credentials. */
	public String superuserUrl(String database) {
		return this.server.superuserUrl(database);
	}

	/** Password of every test login: only checked where the server asks (containers). */
	public @Nullable String password() {
		return this.server.needsPasswords() ? this.name : null;
	}

	/**
	 * Spring properties that make an app connect as {@code
	 *
	<p>
	 * _app} to this database.
	 */
	public void register(DynamicPropertyRegistry registry) {
		properties().forEach((key, value) -> registry.add(key, () -> value));
	}

	public Map<String, String> properties() {
		Map<String, String> properties = new HashMap<>();
		properties.put("spring.datasource.url", url());
		properties.put("spring.datasource.username", this.roles.app());
		properties.put("lse.tenancy.role-prefix", this.name);
		if (password() != null) {
			properties.put("spring.datasource.password", password());
		}
		return properties;
	}

	/**
	 * Spring properties of tenant-admin, the one app that holds the migrator login while
	 * it runs: {@link #properties()} and the migrator's. platform-app and batch-jobs
	 * refuse to start with them; this harness migrates for them.
	 */
	public void registerWithMigrator(DynamicPropertyRegistry registry) {
		register(registry);
		registry.add("lse.migration.username", this.roles::migrator);
		if (password() != null) {
			registry.add("lse.migration.password", this::password);
		}
	}

	/** New physical connections as one of this database's logins. */
	public DataSource dataSource(String login) {
		return new SimpleDriverDataSource(new org.postgresql.Driver(), url(), login, password());
	}

	/** A superuser connection to this database, for setting up what tests tamper with. */
	public JdbcTemplate superuser() {
		try {
			return new JdbcTemplate(new SingleConnectionDataSource(this.server.connect(url()), true));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One connection as the tenant's owner role in its schema (how migrations run): what
	 * a database administrator could do to the tenant's tables, for tamper tests.
	 */
	public JdbcTemplate asTenantOwner(TenantId tenant) {
		try {
			Connection connection = dataSource(this.roles.migrator()).getConnection();
			try (var statement = connection.createStatement()) {
				statement.execute("set role \"" + this.roles.tenantOwner(tenant) + "\"");
			}
			connection.setSchema(tenant.schemaName());
			return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public TenantMigrations tenantMigrations() {
		DataSource migrator = dataSource(this.roles.migrator());
		return new TenantMigrations(migrator, this.roles, new TenantCatalog(new JdbcTemplate(migrator)),
				MigrationScripts.load(TenantMigrations.LOCATION), 4);
	}

	public TenantProvisioning provisioning() {
		JdbcTemplate admin = new JdbcTemplate(dataSource(this.roles.admin()));
		return new TenantProvisioning(admin, new TenantCatalog(admin), tenantMigrations());
	}

	/**
	 * Provisions the tenant once per JVM (named after its code), as tenant-admin would.
	 */
	public synchronized TenantId tenant(String code) {
		TenantId tenant = TenantId.of(code);
		if (this.provisioned.add(tenant)) {
			provisioning().provision(tenant, "Testgemeente " + code);
		}
		return tenant;
	}

	/** Provisions LSE's own records once per JVM, as tenant-admin does at every start. */
	public synchronized TenantId lseOwnRecords() {
		if (this.provisioned.add(TenantId.LSE)) {
			provisioning().provisionLseOwnRecords();
		}
		return TenantId.LSE;
	}

	/**
	 * A login that inherits the rights of the given tenants' DML roles, as if isolation
	 * rested on the search path alone. Only for showing that the isolation tests then
	 * fail.
	 */
	public String loginInheritingTenants(TenantId... tenants) {
		String login = this.name + "_inheriting";
		JdbcTemplate superuser = superuser();
		if (superuser.queryForObject("select count(*) from pg_roles where rolname = ?", Integer.class, login) == 0) {
			superuser.execute("create role " + login + " login inherit");
			superuser.execute("grant connect on database " + this.name + " to " + login);
			superuser.execute("grant usage on schema platform to " + login);
			superuser.execute("grant select on platform.tenant to " + login);
			if (password() != null) {
				superuser.execute("alter role " + login + " password '" + password() + "'");
			}
		}
		for (TenantId tenant : tenants) {
			superuser.execute("grant \"" + this.roles.tenant(tenant) + "\" to " + login);
		}
		return login;
	}

	private void create() {
		try (Connection connection = this.server.connect(this.server.adminUrl())) {
			connection.createStatement().execute("create database " + this.name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + this.name, ex);
		}
		JdbcTemplate superuser = superuser();
		Map<String, String> passwords = new HashMap<>();
		if (password() != null) {
			for (String login : List.of(this.roles.app(), this.roles.admin(), this.roles.migrator())) {
				passwords.put(login, password());
			}
		}
		new DatabaseInstallation(superuser, this.roles).install(passwords);
		new PlatformMigrations(dataSource(this.roles.migrator()), this.roles).migrate();
		log.info("Integration tests use database {} on {}", this.name, this.server.source());
	}

	private void drop() {
		dropDatabase(this.server, this.name);
	}

	private static void dropLeftovers(PostgresServer server) {
		try (Connection connection = server.connect(server.adminUrl())) {
			var result = connection.createStatement()
				.executeQuery("select datname from pg_database where datname like 'lse\\_it\\_%' union "
						+ "select substring(rolname from '^(lse_it_[0-9]+_[0-9a-f]+)_') from pg_roles "
						+ "where rolname like 'lse\\_it\\_%'");
			Instant limit = Instant.now().minus(Duration.ofHours(2));
			while (result.next()) {
				Matcher matcher = TEST_DATABASE.matcher(result.getString(1));
				if (matcher.matches() && Instant.ofEpochSecond(Long.parseLong(matcher.group(1))).isBefore(limit)) {
					dropDatabase(server, result.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			log.warn("Could not look for leftover test databases", ex);
		}
	}

	private static void dropDatabase(PostgresServer server, String database) {
		if (!TEST_DATABASE.matcher(database).matches()) {
			throw new IllegalArgumentException("Not a test database: " + database);
		}
		try (Connection connection = server.connect(server.adminUrl())) {
			connection.createStatement().execute("drop database if exists " + database + " with (force)");
			var roles = connection.prepareStatement("select rolname from pg_roles where starts_with(rolname, ?)");
			roles.setString(1, database + "_");
			var result = roles.executeQuery();
			while (result.next()) {
				connection.createStatement().execute("drop role if exists \"" + result.getString(1) + "\"");
			}
		}
		catch (SQLException ex) {
			log.warn("Could not drop test database {} and its roles", database, ex);
		}
	}

}
