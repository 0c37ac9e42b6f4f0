package nl.lse.platform.tenancy;

import java.util.List;

import nl.lse.platform.CoreTestApplication;
import nl.lse.platform.settings.TenantSettingRepository;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Isolation proven by PostgreSQL, with the app connected as the runtime login. */
@SpringBootTest(classes = CoreTestApplication.class)
class TenantIsolationIntegrationTests {

	static TenantId amsterdam;

	static TenantId rotterdam;

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
	}

	@BeforeAll
	static void tenants() {
		amsterdam = TestDatabase.get().tenant("gm0363");
		rotterdam = TestDatabase.get().tenant("gm0599");
	}

	@BeforeEach
	void setUp() {
		this.checks = new IsolationChecks(new TransactionTemplate(this.transactionManager), this.jdbc, this.settings);
	}

	@Test
	void rowsOfOneTenantAreInvisibleFromAnother() {
		this.checks.rowsOfOneTenantAreInvisibleFromAnother(amsterdam, rotterdam);
		this.checks.rowsOfOneTenantAreInvisibleFromAnother(rotterdam, amsterdam);
	}

	@Test
	void queryNamingAnotherTenantsSchemaIsDenied() {
		this.checks.queryNamingAnotherTenantsSchemaIsDenied(amsterdam, rotterdam);
	}

	@Test
	void noTenantMeansNoTenantData() {
		this.checks.noTenantMeansNoTenantData(amsterdam);
	}

	@Test
	void ddlInsideATenantFails() {
		this.checks.ddlInsideATenantFails(amsterdam);
	}

	@Test
	void tenantEntryLastsOnlyForItsTransaction() {
		TransactionTemplate tx = new TransactionTemplate(this.transactionManager);
		String role = TestDatabase.get().roles().tenant(amsterdam);
		List<String> inTenant = TenantContext.callAs(amsterdam,
				() -> tx.execute((status) -> List.of(currentUser(), currentUser())));
		assertThat(inTenant).containsExactly(role, role);
		String nextTransaction = tx.execute((status) -> currentUser());
		assertThat(nextTransaction).as("next transaction on the pooled connection")
			.isEqualTo(TestDatabase.get().roles().app());
		String outsideTransaction = TenantContext.callAs(amsterdam, this::currentUser);
		assertThat(outsideTransaction).as("no transaction: no tenant entered")
			.isEqualTo(TestDatabase.get().roles().app());
	}

	@Test
	void theTenantCannotChangeInsideATransaction() {
		TransactionTemplate tx = new TransactionTemplate(this.transactionManager);
		assertThatThrownBy(() -> TenantContext.runAs(amsterdam, () -> tx.executeWithoutResult(
				(outer) -> TenantContext.runAs(rotterdam, () -> this.jdbc.update("delete from tenant_setting")))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("gm0363")
			.hasMessageContaining("gm0599");
		assertThatThrownBy(() -> TenantContext.runAs(amsterdam, () -> tx.executeWithoutResult((outer) -> {
			try (TenantContext.Scope none = TenantContext.leave()) {
				currentUser();
			}
		}))).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> tx.executeWithoutResult((outer) -> TenantContext.runAs(amsterdam, this::currentUser)))
			.as("a transaction without a tenant cannot pick one up either")
			.isInstanceOf(IllegalStateException.class);
		String sameTenant = TenantContext.callAs(amsterdam,
				() -> tx.execute((outer) -> TenantContext.callAs(amsterdam, this::currentUser)));
		assertThat(sameTenant).as("the same tenant again is fine")
			.isEqualTo(TestDatabase.get().roles().tenant(amsterdam));
	}

	@Test
	void workForAnotherTenantRunsInANewTransaction() {
		TransactionTemplate tx = new TransactionTemplate(this.transactionManager);
		TenantTransactions tenants = new TenantTransactions(this.transactionManager);
		List<String> users = tx.execute((outer) -> List.of(currentUser(),
				tenants.inTenant(rotterdam, (inner) -> currentUser()), currentUser()));
		assertThat(users).containsExactly(TestDatabase.get().roles().app(),
				TestDatabase.get().roles().tenant(rotterdam), TestDatabase.get().roles().app());
	}

	private String currentUser() {
		return this.jdbc.queryForObject("select current_user", String.class);
	}

}
