package nl.lse.platform;

import java.net.http.HttpResponse;

import nl.lse.platform.tenancy.catalog.TenantDirectory;
import nl.lse.platform.testing.BuildRules;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform app starts against a real PostgreSQL and Keycloak, reports health UP, and
 * applies tenant status after the gate: maintenance 503, suspended 403, others carry on.
 */
class PlatformApplicationIntegrationTests extends PlatformIntegrationTest {

	@Autowired
	TenantDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void tenants() {
		TestDatabase.get().tenant("gm0611");
		TestDatabase.get().tenant("gm0612");
		TestDatabase.get().tenant("gm0613");
	}

	@BeforeEach
	void seeTheTenantsOfThisClass() {
		this.directory.refresh();
	}

	@Test
	void reportsHealthUp() throws Exception {
		HttpResponse<String> health = get("/actuator/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void aTenantInMaintenanceAnswers503WithADutchMessage() throws Exception {
		String worker = TestKeycloak.accessToken("lse.worker");
		TestDatabase.get()
			.superuser()
			.update("update platform.tenant set maintenance = true, maintenance_reason = 'test' where code = 'gm0611'");
		this.directory.refresh();
		HttpResponse<String> response = get("/api/v1/tenants/gm0611", worker);
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains("onderhoud").doesNotContain("test");
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(get("/api/v1/tenants/gm0613", worker).statusCode()).as("the others carry on").isEqualTo(200);
	}

	@Test
	void aSuspendedTenantAnswers403Opgeschort() throws Exception {
		TestDatabase.get().superuser().update("update platform.tenant set status = 'SUSPENDED' where code = 'gm0612'");
		this.directory.refresh();
		HttpResponse<String> response = get("/api/v1/tenants/gm0612", TestKeycloak.accessToken("lse.worker"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("opgeschort");
	}

	/**
	 * SQL's today is the Dutch today, also just after midnight when UTC is a day behind.
	 */
	@Test
	void theDatabasesTodayIsTheDutchToday() {
		assertThat(this.jdbc.queryForObject("select current_setting('TimeZone')", String.class))
			.isEqualTo("Europe/Amsterdam");
		assertThat(this.jdbc.queryForObject("select current_date", java.sql.Date.class).toLocalDate())
			.isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
	}

	@Test
	void followsTheBuildRules() {
		BuildRules.checkSqlHygiene();
		BuildRules.checkModuleBoundaries("nl.lse.platform");
	}

}
