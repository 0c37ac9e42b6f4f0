package nl.lse.batch;

import nl.lse.platform.testing.AppProbes;
import nl.lse.platform.testing.BuildRules;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** batch-jobs starts against a real PostgreSQL and reports health UP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BatchJobsApplicationIntegrationTests {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
	}

	@Test
	void reportsHealthUp() {
		AppProbes.assertHealthUp(this.port);
	}

	@Test
	void everythingButTheProbesIsRefused() {
		AppProbes.assertRefused(this.port, "/", "/actuator/env", "/api/v1/admin/tenants");
	}

	@Test
	void followsTheBuildRules() {
		BuildRules.checkSqlHygiene();
		BuildRules.checkModuleBoundaries("nl.lse.batch");
	}

}
