package nl.lse.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server integration tests use, chosen by environment:
 * {@code LSE_TEST_DB_URL} (or {@code -Dlse.test.db.url}), a JDBC URL with superuser
 * credentials; else the local server on 127.0.0.1:5432 as {@code postgres}; else a
 * Testcontainers PostgreSQL where Docker exists. The superuser only creates the test
 * database and its roles.
 *
 * @param adminUrl JDBC URL of a database on the server to connect to as superuser
 * @param superuser superuser name
 * @param superuserPassword its password, if any
 * @param source where the server came from, for the log
 */
record PostgresServer(String adminUrl, String superuser, @Nullable String superuserPassword, String source) {

	private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/postgres";

	static PostgresServer locate() {
		String configured = System.getenv("LSE_TEST_DB_URL");
		if (configured == null || configured.isBlank()) {
			configured = System.getProperty("lse.test.db.url", "");
		}
		if (!configured.isBlank()) {
			return new PostgresServer(configured, "", null, "LSE_TEST_DB_URL");
		}
		if (accepts(LOCAL, "postgres")) {
			return new PostgresServer(LOCAL, "postgres", null, "local server 127.0.0.1:5432");
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			return container();
		}
		throw new IllegalStateException("No PostgreSQL for integration tests: set LSE_TEST_DB_URL, start PostgreSQL "
				+ "on 127.0.0.1:5432 (trust auth for 'postgres'), or provide Docker for Testcontainers");
	}

	@SuppressWarnings("resource")
	private static PostgresServer container() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
		return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"Testcontainers " + container.getDockerImageName());
	}

	/** Whether logins on this server need a password (they do in a container). */
	boolean needsPasswords() {
		return this.superuserPassword != null;
	}

	Connection connect(String url) throws SQLException {
		Properties properties = new Properties();
		if (!this.superuser.isEmpty()) {
			properties.setProperty("user", this.superuser);
		}
		if (this.superuserPassword != null) {
			properties.setProperty("password", this.superuserPassword);
		}
		properties.setProperty("connectTimeout", "5");
		return DriverManager.getConnection(url, properties);
	}

	String superuserUrl(String database) {
		String url = urlOf(database);
		String separator = url.contains("?") ? "&" : "?";
		if (!this.superuser.isEmpty()) {
			url = url + separator + "user=" + this.superuser;
			separator = "&";
		}
		return (this.superuserPassword != null) ? url + separator + "password=" + this.superuserPassword : url;
	}

	/** The same server, another database. */
	String urlOf(String database) {
		int query = this.adminUrl.indexOf('?');
		String base = (query < 0) ? this.adminUrl : this.adminUrl.substring(0, query);
		String params = (query < 0) ? "" : this.adminUrl.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
	}

	private static boolean accepts(String url, String user) {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("connectTimeout", "2");
		try (Connection connection = DriverManager.getConnection(url, properties)) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
