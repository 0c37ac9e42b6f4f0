package nl.lse.admin;

import nl.lse.admin.onboarding.InjectedFaults;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one tenant-admin every integration test shares (it listens on the port the realm's
 * redirect URI names, so there can be only one): real PostgreSQL, real Keycloak, two demo
 * municipalities, and the onboarding faults the tests may inject.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "lse.demo.tenants.gm0518=Den Haag", "lse.demo.tenants.gm0344=Utrecht",
				// every page request asks Keycloak whether the administrator still is one
				"lse.admin.role-recheck=PT0S" })
@Import(InjectedFaults.class)
public abstract class TenantAdminIntegrationTest {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		AdminTestKeycloak.register(registry);
	}

}
