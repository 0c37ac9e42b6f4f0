package nl.lse.platform.tenancy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.lse.platform.settings.TenantSetting;
import nl.lse.platform.CoreTestApplication;
import nl.lse.platform.settings.TenantSettingRepository;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * (d) Thousands of randomly interleaved operations over five tenants on a pool of one
 * connection, with commits, rollbacks, SQL errors and work outside transactions, never
 * see the wrong {@code current_user} or {@code current_schema()} nor another tenant's
 * rows. The seed is printed on failure; rerun with {@code -Dlse.test.seed=N}.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = "spring.datasource.hikari.maximum-pool-size=1")
class TenantSwitchPropertyIntegrationTests {

	private static final int STEPS = 3000;

	private static final TenantId UNPROVISIONED = TenantId.of("gm9999");

	static List<TenantId> tenants = List.of("gm9001", "gm9002", "gm9003", "gm9004", "gm9005")
		.stream()
		.map((code) -> TestDatabase.get().tenant(code))
		.toList();

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TenantSettingRepository settings;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
	}

	@Test
	void interleavedOperationsNeverSeeTheWrongTenant() {
		long seed = Long.getLong("lse.test.seed", System.nanoTime());
		Random random = new Random(seed);
		Map<TenantId, Set<String>> model = new HashMap<>();
		tenants.forEach((tenant) -> model.put(tenant, new HashSet<>(namesIn(tenant))));
		for (int step = 0; step < STEPS; step++) {
			TenantId tenant = tenants.get(random.nextInt(tenants.size()));
			int operation = random.nextInt(8);
			try {
				run(operation, tenant, step, model, random);
			}
			catch (AssertionError | RuntimeException ex) {
				throw new AssertionError("Isolation broken at step " + step + " (operation " + operation + " in "
						+ tenant + "); rerun with -Dlse.test.seed=" + seed, ex);
			}
		}
	}

	private void run(int operation, TenantId tenant, int step, Map<TenantId, Set<String>> model, Random random) {
		TransactionTemplate tx = new TransactionTemplate(this.transactionManager);
		String name = "p.s" + step;
		switch (operation) {
			case 0 -> {
				TenantContext.runAs(tenant, () -> tx.executeWithoutResult((status) -> {
					assertIdentity(tenant);
					this.settings.save(new TenantSetting(name, "v"));
				}));
				model.get(tenant).add(name);
			}
			case 1 -> {
				try {
					TenantContext.runAs(tenant, () -> tx.executeWithoutResult((status) -> {
						this.jdbc.update("insert into tenant_setting (name, value) values (?, 'v')", name);
						throw new IllegalStateException("roll back");
					}));
				}
				catch (IllegalStateException expected) {
					// rolled back: the model stays as it was
				}
			}
			case 2 -> TenantContext.runAs(tenant, () -> tx.executeWithoutResult((status) -> {
				assertIdentity(tenant);
				assertThat(namesHere()).containsExactlyInAnyOrderElementsOf(model.get(tenant));
			}));
			case 3 -> tx.executeWithoutResult((status) -> {
				assertThat(this.jdbc.queryForObject("select current_user", String.class))
					.isEqualTo(TestDatabase.get().roles().app());
				assertThat(this.jdbc.queryForObject("select coalesce(current_schema(), '')", String.class))
					.doesNotStartWith("tenant_");
			});
			case 4 -> {
				try {
					TenantContext.runAs(tenant, () -> tx.executeWithoutResult((status) -> this.jdbc
						.update("insert into tenant_setting (name, value) values (?, 'v')", "Not A Valid Name")));
				}
				catch (DataAccessException expected) {
					// check constraint: the transaction is aborted and rolled back
				}
			}
			case 5 -> assertThat(
					TenantContext.callAs(tenant, () -> this.jdbc.queryForObject("select current_user", String.class)))
				.as("outside a transaction no tenant is entered")
				.isEqualTo(TestDatabase.get().roles().app());
			case 6 -> assertThatThrownBy(() -> TenantContext.runAs(UNPROVISIONED,
					() -> tx.executeWithoutResult((status) -> this.jdbc.queryForList("select 1"))))
				.as("entering a tenant whose role does not exist fails, and the pool of one survives")
				.isInstanceOf(CannotCreateTransactionException.class);
			default -> {
				TenantId other = tenants.get(random.nextInt(tenants.size()));
				List<String> othersNames = new ArrayList<>(model.get(other));
				othersNames.removeAll(model.get(tenant));
				TenantContext.runAs(tenant, () -> tx.executeWithoutResult((status) -> {
					assertIdentity(tenant);
					othersNames.stream()
						.limit(3)
						.forEach((foreign) -> assertThat(this.settings.findById(foreign)).isEmpty());
				}));
			}
		}
	}

	private void assertIdentity(TenantId tenant) {
		assertThat(this.jdbc.queryForObject("select current_user", String.class))
			.isEqualTo(TestDatabase.get().roles().tenant(tenant));
		assertThat(this.jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(tenant.schemaName());
	}

	private List<String> namesIn(TenantId tenant) {
		return TenantContext.callAs(tenant,
				() -> new TransactionTemplate(this.transactionManager).execute((status) -> namesHere()));
	}

	private List<String> namesHere() {
		return this.jdbc.queryForList("select name from tenant_setting", String.class);
	}

}
