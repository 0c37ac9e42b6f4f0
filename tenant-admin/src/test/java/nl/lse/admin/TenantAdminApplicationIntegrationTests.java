package nl.lse.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import nl.lse.platform.testing.BuildRules;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tenant-admin starts as the admin login, reports health UP and provisions the demo
 * municipalities at startup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lse.demo.tenants.gm0518=Den Haag", "lse.demo.tenants.gm0344=Utrecht" })
class TenantAdminApplicationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TenantCatalog catalog;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
		registry.add("spring.datasource.username", () -> TestDatabase.get().roles().admin());
	}

	@Test
	void reportsHealthUp() throws Exception {
		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void provisionsTheDemoMunicipalitiesAtStartup() {
		assertThat(this.catalog.find(TenantId.of("gm0518"))).get()
			.satisfies((tenant) -> assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE))
			.satisfies((tenant) -> assertThat(tenant.name()).isEqualTo("Den Haag"));
		assertThat(this.catalog.find(TenantId.of("gm0344"))).get()
			.satisfies((tenant) -> assertThat(tenant.isOpen()).isTrue());
	}

	@Test
	void everythingButTheProbesIsRefused() throws Exception {
		for (String path : new String[] { "/", "/actuator/env", "/api/v1/admin/tenants" }) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isIn(401, 403);
		}
	}

	@Test
	void followsTheBuildRules() {
		BuildRules.checkSqlHygiene();
		BuildRules.checkModuleBoundaries("nl.lse.admin");
	}

}
