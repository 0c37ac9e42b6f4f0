package nl.lse.admin;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import nl.lse.platform.testing.AppProbes;
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
		TestDatabase.get().registerWithMigrator(registry);
		registry.add("spring.datasource.username", () -> TestDatabase.get().roles().admin());
	}

	@Test
	void reportsHealthUp() {
		AppProbes.assertHealthUp(this.port);
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
	void everythingButTheProbesIsRefused() {
		AppProbes.assertRefused(this.port, "/", "/actuator/env", "/api/v1/admin/tenants");
	}

	@Test
	void followsTheBuildRules() {
		BuildRules.checkSqlHygiene();
		BuildRules.checkModuleBoundaries("nl.lse.admin");
	}

}
