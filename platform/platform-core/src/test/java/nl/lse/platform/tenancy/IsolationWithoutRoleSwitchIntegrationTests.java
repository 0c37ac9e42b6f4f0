package nl.lse.platform.tenancy;

import nl.lse.platform.CoreTestApplication;
import nl.lse.platform.settings.TenantSettingRepository;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * (g) The isolation checks are not vacuous: with the role switch off (a test-only
 * setting) and a login that holds every tenant's rights, so that only the search path
 * separates tenants, the same checks (a) to (c) fail.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = "lse.tenancy.switch-role=false")
class IsolationWithoutRoleSwitchIntegrationTests {

	static TenantId zwolle = TestDatabase.get().tenant("gm0193");

	static TenantId utrecht = TestDatabase.get().tenant("gm0344");

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantSettingRepository settings;

	IsolationChecks checks;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
		String login = TestDatabase.get().loginInheritingTenants(zwolle, utrecht);
		registry.add("spring.datasource.username", () -> login);
	}

	@BeforeEach
	void setUp() {
		this.checks = new IsolationChecks(new TransactionTemplate(this.transactionManager), this.jdbc, this.settings);
	}

	@Test
	void rowsOfOneTenantBecomeVisibleFromAnother() {
		assertThatThrownBy(() -> this.checks.rowsOfOneTenantAreInvisibleFromAnother(zwolle, utrecht))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("routing mistake");
	}

	@Test
	void queryNamingAnotherTenantsSchemaSucceeds() {
		assertThatThrownBy(() -> this.checks.queryNamingAnotherTenantsSchemaIsDenied(zwolle, utrecht))
			.isInstanceOf(AssertionError.class);
	}

	@Test
	void tenantDataIsReadableWithoutATenant() {
		assertThatThrownBy(() -> this.checks.noTenantMeansNoTenantData(zwolle)).isInstanceOf(AssertionError.class);
	}

}
