package nl.lse.admin;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import nl.lse.platform.testing.AppProbes;
import nl.lse.platform.testing.BuildRules;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tenant-admin starts as the admin login, reports health UP and provisions the demo
 * municipalities at startup.
 */
class TenantAdminApplicationIntegrationTests extends TenantAdminIntegrationTest {

	int port = AdminTestKeycloak.ADMIN_PORT;

	@Autowired
	TenantCatalog catalog;

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
	void everythingButTheProbesNeedsAnAdministrator() {
		AppProbes.assertRefused(this.port, "/actuator/env", "/api/v1/admin/municipalities");
		assertThat(AppProbes.get(this.port, "/gemeenten").statusCode()).as("the pages send to the login")
			.isEqualTo(302);
	}

	@Test
	void followsTheBuildRules() {
		BuildRules.checkSqlHygiene();
		BuildRules.checkModuleBoundaries("nl.lse.admin");
	}

}
