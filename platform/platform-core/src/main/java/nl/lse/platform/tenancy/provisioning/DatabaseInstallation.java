package nl.lse.platform.tenancy.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import nl.lse.platform.tenancy.DatabaseRoles;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.util.StreamUtils;

/**
 * Creates what one installation needs before any migration can run: the five roles, the
 * schemas {@code platform} and {@code batch} owned by the migrator, the database grants,
 * the provisioning functions owned by the NOLOGIN provisioner and the sealing functions
 * owned by the NOLOGIN sealer. Runs as a database superuser (the test harness, the local
 * launcher or a DBA's one-off job); idempotent.
 */
public class DatabaseInstallation {

	private static final String PROVISIONING_FUNCTIONS = "db/bootstrap/provisioning-functions.sql";

	private static final String SEALING_FUNCTIONS = "db/bootstrap/sealing-functions.sql";

	private final JdbcOperations superuser;

	private final DatabaseRoles roles;

	/**
	 * @param superuser connected as a superuser to the installation's database
	 */
	public DatabaseInstallation(JdbcOperations superuser, DatabaseRoles roles) {
		this.superuser = superuser;
		this.roles = roles;
	}

	/**
	 * @param passwords login passwords by role name ({@code <p>_app}...), for servers
	 * that ask for one; roles without an entry get none
	 */
	public void install(Map<String, String> passwords) {
		String database = this.superuser.queryForObject("select current_database()", String.class);
		createRole(this.roles.provisioner(), "nologin createrole inherit", null);
		createRole(this.roles.sealer(), "nologin noinherit", null);
		createRole(this.roles.migrator(), "login noinherit", passwords.get(this.roles.migrator()));
		createRole(this.roles.app(), "login noinherit", passwords.get(this.roles.app()));
		createRole(this.roles.admin(), "login noinherit", passwords.get(this.roles.admin()));
		execute("revoke all on database %I from public", database);
		execute("grant connect on database %I to %I, %I, %I", database, this.roles.app(), this.roles.admin(),
				this.roles.migrator());
		execute("grant create on database %I to %I", database, this.roles.provisioner());
		execute("create schema if not exists platform authorization %I", this.roles.migrator());
		execute("create schema if not exists batch authorization %I", this.roles.migrator());
		execute("create schema if not exists provisioning authorization %I", this.roles.provisioner());
		execute("revoke all on schema provisioning from public");
		execute("grant usage on schema provisioning to %I", this.roles.admin());
		execute("create schema if not exists sealing authorization %I", this.roles.sealer());
		execute("revoke all on schema sealing from public");
		execute("grant usage on schema sealing to %I", this.roles.app());
		installFunctions(this.roles.provisioner(), PROVISIONING_FUNCTIONS, this.roles.admin(),
				"provisioning.provision_tenant(text)", "provisioning.deprovision_tenant(text)");
		installFunctions(this.roles.sealer(), SEALING_FUNCTIONS, this.roles.app(),
				"sealing.append_seals(text, bigint, uuid[], bytea, xid8, bigint)",
				"sealing.record_verification(text, integer)");
	}

	/**
	 * Creates the installation's database unless it exists.
	 * @param server a superuser connection to another database on the same server
	 * @param database a plain lower-case identifier
	 */
	public static void createDatabaseIfMissing(JdbcOperations server, String database) {
		if (!database.matches("[a-z][a-z0-9_]{0,39}")) {
			throw new IllegalArgumentException("Database name must be a plain lower-case identifier: " + database);
		}
		Integer exists = server.queryForObject("select count(*) from pg_database where datname = ?", Integer.class,
				database);
		if (exists == null || exists == 0) {
			server.execute("create database " + database);
		}
	}

	/**
	 * One transaction, as the functions' owner: they never exist with another owner or
	 * with PUBLIC execute, not even for a moment.
	 */
	private void installFunctions(String owner, String file, String caller, String... callable) {
		StringBuilder script = new StringBuilder("begin;\n");
		script.append(format("set local role %I;\n", owner));
		script.append(functions(file)).append('\n');
		for (String function : callable) {
			script.append(format("grant execute on function " + function + " to %I;\n", caller));
		}
		script.append("commit;");
		this.superuser.execute(script.toString());
	}

	private void createRole(String name, String options, @Nullable String password) {
		Integer exists = this.superuser.queryForObject("select count(*) from pg_roles where rolname = ?", Integer.class,
				name);
		String verb = (exists != null && exists > 0) ? "alter" : "create";
		this.superuser.execute(verb + " role " + quote(name) + " " + options + " nosuperuser nobypassrls");
		if (password != null) {
			execute("alter role %I password %L", name, password);
		}
	}

	/** Formats DDL on the server with {@code format()}, which quotes every identifier. */
	private void execute(String template, Object... args) {
		this.superuser.execute(format(template, args));
	}

	private String format(String template, Object... args) {
		StringBuilder call = new StringBuilder("select format(?");
		call.append(", ?".repeat(args.length)).append(")");
		Object[] params = new Object[args.length + 1];
		params[0] = template;
		System.arraycopy(args, 0, params, 1, args.length);
		return this.superuser.queryForObject(call.toString(), String.class, params);
	}

	private String quote(String identifier) {
		return this.superuser.queryForObject("select quote_ident(?)", String.class, identifier);
	}

	private static String functions(String file) {
		try {
			return StreamUtils.copyToString(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
