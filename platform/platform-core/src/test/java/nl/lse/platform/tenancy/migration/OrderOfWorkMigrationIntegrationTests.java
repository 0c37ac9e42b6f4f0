package nl.lse.platform.tenancy.migration;

import java.util.Map;
import java.util.UUID;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V7 moves trajectories of the earlier order of work (SUPPORT -> HANDOVER -> AFTERCARE)
 * to LSE's order (SUPPORT -> AFTERCARE -> HANDOVER) as its header documents: a schema at
 * V6 with a trajectory in every phase of the old order, then the rest of the scripts.
 */
class OrderOfWorkMigrationIntegrationTests {

	private final TestDatabase database = TestDatabase.get();

	@Test
	void trajectoriesOfTheEarlierOrderMapAsDocumented() {
		TenantId tenant = TenantId.of("gm0707");
		JdbcTemplate admin = new JdbcTemplate(this.database.dataSource(this.database.roles().admin()));
		new TenantCatalog(admin).register(tenant, "Testgemeente " + tenant.code());
		admin.queryForList("select provisioning.provision_tenant(?)", tenant.code());
		flyway(tenant, "6").migrate();

		JdbcTemplate owner = this.database.asTenantOwner(tenant);
		UUID kase = UUID.randomUUID();
		owner.update("insert into case_file (id, reference, severity, support_level, opened_on, opened_by, status)"
				+ " values (?, 'GM0707-2026-0001', 2, 'LIGHT', date '2026-01-05', 'cd', 'OPEN')", kase);
		UUID support = trajectory(owner, kase, "SUPPORT", null, null, "{\"Hoe praten we?\",\"Wie steunt ons?\"}");
		UUID handoverOpen = trajectory(owner, kase, "HANDOVER", handover(owner, null), null, "{\"Vraag\"}");
		UUID handoverAccepted = trajectory(owner, kase, "HANDOVER", handover(owner, "2026-03-10"), null, "{\"Vraag\"}");
		UUID aftercare = trajectory(owner, kase, "AFTERCARE", handover(owner, "2026-03-01"), aftercare(owner),
				"{\"Vraag\"}");
		UUID closed = trajectory(owner, kase, "CLOSED", handover(owner, "2026-02-01"), aftercare(owner), "{}");
		owner.update("update trajectory set closure_reason = 'AFTERCARE_COMPLETED', closed_on = date '2026-06-01'"
				+ " where id = ?", closed);

		flyway(tenant, "latest").migrate();

		assertThat(phase(owner, support)).isEqualTo("SUPPORT");
		assertThat(owner.queryForList("select status from help_question where trajectory_id = ? order by number",
				String.class, support))
			.containsExactly("OPEN", "OPEN");
		assertThat(owner.queryForObject("select text from help_question where trajectory_id = ? and number = 2",
				String.class, support))
			.isEqualTo("Wie steunt ons?");
		assertThat(phase(owner, handoverOpen)).isEqualTo("HANDOVER");
		assertThat(owner.queryForList("select status from help_question where trajectory_id = ?", String.class,
				handoverOpen))
			.containsExactly("DONE");
		Map<String, Object> accepted = owner.queryForMap(
				"select phase, closure_reason, closed_on::text as closed_on from trajectory where id = ?",
				handoverAccepted);
		assertThat(accepted).containsEntry("phase", "CLOSED")
			.containsEntry("closure_reason", "HANDED_OVER")
			.containsEntry("closed_on", "2026-03-10");
		assertThat(phase(owner, aftercare)).isEqualTo("AFTERCARE");
		assertThat(owner.queryForObject("select closure_reason from trajectory where id = ?", String.class, closed))
			.isEqualTo("HANDED_OVER");
		assertThat(owner.queryForList(
				"select column_name from information_schema.columns where table_schema = ? and table_name = 'trajectory'"
						+ " and column_name = 'help_questions'",
				String.class, tenant.schemaName()))
			.isEmpty();
	}

	private Flyway flyway(TenantId tenant, String target) {
		String owner = this.database.roles().tenantOwner(tenant);
		return Flyway.configure(getClass().getClassLoader())
			.dataSource(this.database.dataSource(this.database.roles().migrator()))
			.createSchemas(false)
			.table("flyway_schema_history")
			.locations("classpath:" + TenantMigrations.LOCATION)
			.schemas(tenant.schemaName())
			.defaultSchema(tenant.schemaName())
			.initSql("set role \"" + owner + "\"")
			.placeholders(Map.of("tenant_role", this.database.roles().tenant(tenant), "owner_role", owner,
					"tenant_code", tenant.code()))
			.target(target)
			.load();
	}

	private static UUID trajectory(JdbcTemplate owner, UUID kase, String phase, UUID handover, UUID aftercare,
			String questions) {
		UUID id = UUID.randomUUID();
		owner
			.update("insert into trajectory (id, case_id, kind, phase, self_referral, commissioned_by, commissioned_on,"
					+ " lse_worker, intake_started_on, help_questions, handover_id, aftercare_id, version)"
					+ " values (?, ?, 'FAMILY_SUPPORT', ?, false, 'cd', date '2026-01-05', 'worker', date '2026-01-06',"
					+ " ?::text[], ?, ?, 0)", id, kase, phase, questions, handover, aftercare);
		return id;
	}

	private static UUID handover(JdbcTemplate owner, String acceptedOn) {
		UUID id = UUID.randomUUID();
		owner.update(
				"insert into handover (id, receiver_kind, receiver, started_on, started_by, accepted_on)"
						+ " values (?, 'MUNICIPALITY', 'Wijkteam', date '2026-01-20', 'worker', ?::date)",
				id, acceptedOn);
		return id;
	}

	private static UUID aftercare(JdbcTemplate owner) {
		UUID id = UUID.randomUUID();
		owner.update("insert into aftercare (id, contact_kind, starts_on, ends_on, frequency_days,"
				+ " default_frequency_days, agreed_by) values (?, 'PHONE', date '2026-03-01', date '2026-09-01', 28, 28,"
				+ " 'cd')", id);
		return id;
	}

	private static String phase(JdbcTemplate owner, UUID trajectory) {
		return owner.queryForObject("select phase from trajectory where id = ?", String.class, trajectory);
	}

}
