package nl.lse.platform.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.lse.platform.CoreTestApplication;
import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording audit events as the runtime login, on real PostgreSQL. */
@SpringBootTest(classes = CoreTestApplication.class)
class AuditTrailIntegrationTests {

	static TenantId amsterdam;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	TenantTransactions tenants;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
	}

	@BeforeAll
	static void tenants() {
		amsterdam = TestDatabase.get().tenant("gm0363");
	}

	@AfterEach
	void signOut() {
		Callers.signOut();
	}

	@Test
	void recordsWhoWhatForWhomAndWhereFrom() {
		Callers.signIn("sub-cd-1", "Carla de Regie", "case-director", List.of("gm0363"), "10.1.2.3");
		UUID caseId = UUID.randomUUID();
		UUID id = inAmsterdam(
				() -> this.trail.record(AuditEvent.of(AuditAction.READ, AuditObject.CASE, caseId, caseId)));
		Map<String, Object> row = inAmsterdam(() -> this.jdbc
			.queryForMap("select *, host(source_address) as address from audit_event where id = ?", id));
		assertThat(row).containsEntry("action", "READ")
			.containsEntry("outcome", "SUCCESS")
			.containsEntry("subject_id", "sub-cd-1")
			.containsEntry("subject_name", "Carla de Regie")
			.containsEntry("subject_role", "case-director")
			.containsEntry("organisation", "gm0363")
			.containsEntry("object_kind", "CASE")
			.containsEntry("object_id", caseId)
			.containsEntry("case_id", caseId)
			.containsEntry("client_id", "lse-portal-test")
			// the client's X-Forwarded-For is not believed without a trusted proxy
			.containsEntry("address", "10.1.2.3");
	}

	@Test
	void aVeryLongDisplayNameIsShortenedNotRefused() {
		Callers.signIn("sub-cd-1", "x".repeat(250), "case-director", List.of("gm0363"), "10.1.2.3");
		UUID id = inAmsterdam(
				() -> this.trail.record(AuditEvent.of(AuditAction.READ, AuditObject.CASE, UUID.randomUUID(), null)));
		assertThat(inAmsterdam(
				() -> this.jdbc.queryForObject("select subject_name from audit_event where id = ?", String.class, id)))
			.hasSize(200);
	}

	@Test
	void anLseWorkerActsForLse() {
		Callers.signIn("sub-lse-1", "Lotte Steun", "lse-worker", List.of("lse"), "10.1.2.4");
		UUID id = inAmsterdam(() -> this.trail.record(AuditEvent.search(AuditObject.CASE, List.of(UUID.randomUUID()))));
		assertThat(inAmsterdam(() -> this.jdbc.queryForMap("select * from audit_event where id = ?", id)))
			.containsEntry("organisation", "lse")
			.containsEntry("subject_role", "lse-worker")
			.containsEntry("action", "SEARCH");
	}

	@Test
	void theTenantRoleMayOnlyAppendAndRead() {
		Callers.signIn("sub-cd-1", "Carla de Regie", "case-director", List.of("gm0363"), "10.1.2.3");
		UUID id = inAmsterdam(
				() -> this.trail.record(AuditEvent.of(AuditAction.READ, AuditObject.CASE, UUID.randomUUID(), null)));
		for (String sql : List.of("update audit_event set subject_name = 'x' where id = ?",
				"insert into audit_event (id, action, outcome, subject_id, subject_name, subject_role, organisation,"
						+ " client_id, occurred_at) values (?, 'READ', 'SUCCESS', 's', 'n', 'case-director', 'o', 'c',"
						+ " '2000-01-01')",
				"delete from audit_event where id = ?", "truncate audit_event")) {
			assertThatThrownBy(() -> inAmsterdam(
					() -> sql.startsWith("truncate") ? this.jdbc.update(sql) : this.jdbc.update(sql, id)))
				.as(sql)
				.isInstanceOf(DataAccessException.class)
				.rootCause()
				.hasMessageContaining("permission denied");
		}
		assertThat(inAmsterdam(
				() -> this.jdbc.queryForObject("select count(*) from audit_event where id = ?", Integer.class, id)))
			.isOne();
	}

	@Test
	void aReadOnlyTransactionCannotBeAudited() {
		Callers.signIn("sub-cd-1", "Carla de Regie", "case-director", List.of("gm0363"), "10.1.2.3");
		TransactionTemplate readOnly = new TransactionTemplate(this.transactionManager);
		readOnly.setReadOnly(true);
		assertThatThrownBy(() -> TenantContext.callAs(amsterdam,
				() -> readOnly.execute((status) -> this.trail
					.record(AuditEvent.of(AuditAction.READ, AuditObject.CASE, UUID.randomUUID(), null)))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("read-write");
	}

	@Test
	void whenTheEventCannotBeWrittenTheWorkFailsWithIt() {
		// a subject id longer than the log takes (a display name is shortened instead, a
		// subject
		// never): the event cannot be written
		Callers.signIn("s".repeat(70), "Carla de Regie", "case-director", List.of("gm0363"), "10.1.2.3");
		String before = setting();
		assertThatThrownBy(() -> inAmsterdam(() -> {
			this.jdbc.update("update tenant_setting set value = '7' where name = 'retention.closed-cases.years'");
			return this.trail.record(AuditEvent.of(AuditAction.UPDATE, AuditObject.SETTING, UUID.randomUUID(), null));
		})).isInstanceOf(DataAccessException.class);
		assertThat(setting()).isEqualTo(before);
	}

	@Test
	void aDenialStaysWhenTheRefusedWorkRollsBack() {
		Callers.signIn("sub-cd-2", "Ruud Rotterdam", "case-director", List.of("gm0599"), "10.1.2.5");
		UUID caseId = UUID.randomUUID();
		UUID[] id = new UUID[1];
		assertThatThrownBy(() -> inAmsterdam(() -> {
			id[0] = this.trail.recordDenial(AuditEvent.denied(AuditObject.CASE, caseId));
			throw new IllegalArgumentException("refused");
		})).hasMessage("refused");
		assertThat(inAmsterdam(() -> this.jdbc.queryForMap("select * from audit_event where id = ?", id[0])))
			.containsEntry("action", "DENY")
			.containsEntry("outcome", "NOT_FOUND")
			.containsEntry("object_id", caseId);
	}

	/**
	 * The organisation a chain partner acts for is the one the case policy uses: an
	 * affiliation counts from its start date (security review, item 8).
	 */
	@Test
	void aChainPartnerActsForTheirOrganisationFromItsStartOnly() {
		JdbcTemplate admin = new JdbcTemplate(TestDatabase.get().dataSource(TestDatabase.get().roles().admin()));
		admin.update("insert into platform.partner_organisation (name, kind) values ('Politie audit-test', 'POLICE')"
				+ " on conflict (name) do nothing");
		UUID police = admin.queryForObject("select id from platform.partner_organisation where name = ?", UUID.class,
				"Politie audit-test");
		inAmsterdam(
				() -> this.jdbc.update(
						"insert into partner_affiliation (subject, partner_organisation_id, since,"
								+ " recorded_by) values ('sub-cp-later', ?, current_date + 1, 'test'),"
								+ " ('sub-cp-now', ?, current_date - 1, 'test') on conflict do nothing",
						police, police));

		Callers.signIn("sub-cp-later", "Pim Later", "chain-partner", List.of("gm0363"), "10.1.2.6");
		UUID later = inAmsterdam(
				() -> this.trail.record(AuditEvent.search(AuditObject.CASE, List.of(UUID.randomUUID()))));
		Callers.signIn("sub-cp-now", "Nina Nu", "chain-partner", List.of("gm0363"), "10.1.2.7");
		UUID now = inAmsterdam(
				() -> this.trail.record(AuditEvent.search(AuditObject.CASE, List.of(UUID.randomUUID()))));

		assertThat(organisation(later)).as("not yet with the police: for the municipality").isEqualTo("gm0363");
		assertThat(organisation(now)).isEqualTo(police.toString());
	}

	@Test
	void outsideATenantNothingIsRecorded() {
		Callers.signIn("sub-cd-1", "Carla de Regie", "case-director", List.of("gm0363"), "10.1.2.3");
		assertThatThrownBy(() -> new TransactionTemplate(this.transactionManager).execute((status) -> this.trail
			.record(AuditEvent.of(AuditAction.READ, AuditObject.CASE, UUID.randomUUID(), null))))
			.isInstanceOf(IllegalStateException.class);
	}

	private String organisation(UUID event) {
		return inAmsterdam(() -> this.jdbc.queryForObject("select organisation from audit_event where id = ?",
				String.class, event));
	}

	private String setting() {
		return inAmsterdam(() -> this.jdbc.queryForObject(
				"select value from tenant_setting where name = 'retention.closed-cases.years'", String.class));
	}

	private <T> T inAmsterdam(java.util.function.Supplier<T> work) {
		return this.tenants.inTenant(amsterdam, (status) -> work.get());
	}

}
