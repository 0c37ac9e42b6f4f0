package nl.lse.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantDirectory;
import nl.lse.platform.tenancy.web.TenantDecision;
import nl.lse.platform.tenancy.web.TenantPaths;
import nl.lse.platform.tenancy.web.TenantResolver;
import nl.lse.platform.testing.BuildRules;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform app starts against a real PostgreSQL, reports health UP, and applies
 * tenant status to requests: maintenance 503, suspended 403, unknown or denied 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformApplicationIntegrationTests {

	static TenantId open;

	static TenantId parked;

	@LocalServerPort
	int port;

	@Autowired
	TenantDirectory directory;

	HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
	}

	@BeforeAll
	static void tenants() {
		open = TestDatabase.get().tenant("gm0363");
		parked = TestDatabase.get().tenant("gm0599");
		TestDatabase.get().tenant("gm0193");
	}

	@Test
	void reportsHealthUp() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void aTenantInMaintenanceAnswers503WithADutchMessage() throws Exception {
		TestDatabase.get()
			.superuser()
			.update("update platform.tenant set maintenance = true, maintenance_reason = 'test' where code = 'gm0599'");
		this.directory.refresh();
		try {
			HttpResponse<String> response = get("/api/v1/tenants/gm0599/cases");
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.body()).contains("onderhoud").doesNotContain("test");
			assertThat(response.headers().firstValue("Retry-After")).isPresent();
			assertThat(get("/api/v1/tenants/gm0363/cases").statusCode()).as("the others carry on").isEqualTo(404);
		}
		finally {
			TestDatabase.get()
				.superuser()
				.update("update platform.tenant set maintenance = false, maintenance_reason = null where code = 'gm0599'");
			this.directory.refresh();
		}
	}

	@Test
	void aSuspendedTenantAnswers403Opgeschort() throws Exception {
		TestDatabase.get().superuser().update("update platform.tenant set status = 'SUSPENDED' where code = 'gm0193'");
		this.directory.refresh();
		HttpResponse<String> response = get("/t/gm0193/");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("opgeschort");
	}

	@Test
	void deniedAndUnknownTenantsLookLikeAnyUnknownAddress() throws Exception {
		HttpResponse<String> unknownAddress = get("/no-such-page");
		HttpResponse<String> denied = get("/api/v1/tenants/gm0344/cases");
		HttpResponse<String> unknownTenant = get("/api/v1/tenants/gm9999/cases");
		assertThat(denied.statusCode()).isEqualTo(404);
		assertThat(unknownTenant.statusCode()).isEqualTo(404);
		assertThat(normalised(denied.body())).isEqualTo(normalised(unknownAddress.body()));
		assertThat(normalised(unknownTenant.body())).isEqualTo(normalised(unknownAddress.body()));
	}

	@Test
	void followsTheBuildRules() {
		BuildRules.checkSqlHygiene();
		BuildRules.checkModuleBoundaries("nl.lse.platform");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String normalised(String body) {
		return body.replaceAll("\"timestamp\":\"[^\"]*\"", "").replaceAll("\"path\":\"[^\"]*\"", "");
	}

	/**
	 * Stands in for the identity layer until it exists: any tenant but gm0344 may be
	 * entered. Test only; the app's own resolver denies every tenant.
	 */
	@TestConfiguration
	static class TestTenants {

		@Bean
		TenantResolver testTenantResolver() {
			return (request) -> TenantPaths.tenantSegment(request).map((segment) -> {
				if (!TenantId.isValid(segment) || segment.equals("gm0344")) {
					return TenantDecision.denied();
				}
				return (TenantDecision) new TenantDecision.Enter(TenantId.of(segment));
			}).orElse(TenantDecision.notTenantScoped());
		}

	}

}
