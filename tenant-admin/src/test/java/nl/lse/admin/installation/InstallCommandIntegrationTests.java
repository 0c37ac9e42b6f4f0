package nl.lse.admin.installation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenant-admin install} on a new database, twice. */
class InstallCommandIntegrationTests {

	String database = "lse_it_" + Instant.now().getEpochSecond() + "_" + Long.toHexString(System.nanoTime() & 0xffffff);

	Map<String, String> env = new HashMap<>();

	@AfterEach
	void dropDatabase() {
		JdbcTemplate server = new JdbcTemplate(
				new SimpleDriverDataSource(new org.postgresql.Driver(), TestDatabase.get().superuserUrl("postgres")));
		server.execute("drop database if exists " + this.database + " with (force)");
		for (String role : server.queryForList("select rolname from pg_roles where starts_with(rolname, ?)",
				String.class, this.database + "_")) {
			server.execute("drop role \"" + role + "\"");
		}
	}

	@Test
	void createsDatabaseRolesAndPlatformSchemaAndCanRunAgain() {
		this.env.put("LSE_DB_SUPERUSER_URL", TestDatabase.get().superuserUrl("postgres"));
		this.env.put("LSE_DB_NAME", this.database);
		if (TestDatabase.get().password() != null) {
			this.env.put("LSE_DB_MIGRATOR_PASSWORD", TestDatabase.get().password());
		}

		assertThat(InstallCommand.run(this.env)).isZero();
		assertThat(InstallCommand.run(this.env)).as("second run").isZero();

		JdbcTemplate installed = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
				TestDatabase.get().superuserUrl(this.database)));
		assertThat(installed.queryForObject("select count(*) from platform.tenant", Integer.class)).isZero();
		assertThat(installed.queryForList("select rolname from pg_roles where starts_with(rolname, ?) order by 1",
				String.class, this.database + "_"))
			.containsExactly(this.database + "_admin", this.database + "_app", this.database + "_migrator",
					this.database + "_provisioner", this.database + "_sealer");
		assertThat(installed.queryForList("select p.oid::regprocedure::text from pg_proc p join pg_namespace n"
				+ " on n.oid = p.pronamespace where nspname = 'sealing' order by 1", String.class))
			.hasSize(2);
	}

	@Test
	void failsWithAClearMessageOnABadDatabaseName() {
		this.env.put("LSE_DB_SUPERUSER_URL", TestDatabase.get().superuserUrl("postgres"));
		this.env.put("LSE_DB_NAME", "Bad-Name");
		assertThat(InstallCommand.run(this.env)).isEqualTo(1);
	}

}
