package nl.lse.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.CoreTestApplication;
import nl.lse.platform.audit.VerificationReport.Finding;
import nl.lse.platform.audit.VerificationReport.Kind;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sealer chains committed events; the owner of a tenant schema (who can do anything
 * to its tables) edits, removes, reorders, inserts and truncates, and the verifier
 * reports each. Small windows make the verifier cross window borders.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = "lse.audit.verify-window=4")
class AuditChainIntegrationTests {

	private static int nextTenant = 1000;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditSealer sealer;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	TenantTransactions tenants;

	TenantId tenant;

	List<UUID> events;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
	}

	@BeforeEach
	void tenWithSealedEvents() {
		this.tenant = TestDatabase.get().tenant("gm" + (++nextTenant));
		Callers.signIn("sub-cd-1", "Carla de Regie", "case-director", List.of(this.tenant.code()), "10.1.2.3");
		this.events = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			this.events.add(this.tenants.inTenant(this.tenant, (status) -> this.trail
				.record(AuditEvent.of(AuditAction.READ, AuditObject.CASE, UUID.randomUUID(), null))));
		}
		// two in one transaction
		this.tenants.inTenant(this.tenant, (status) -> {
			this.events.add(this.trail.record(AuditEvent.search(AuditObject.CASE, List.of(UUID.randomUUID()))));
			this.events.add(this.trail.record(AuditEvent.search(AuditObject.CASE, List.of())));
			return null;
		});
		assertThat(this.sealer.seal(this.tenant)).isEqualTo(10);
		assertThat(this.verifier.verify(this.tenant).findings()).isEmpty();
	}

	@AfterEach
	void signOut() {
		Callers.signOut();
	}

	@Test
	void sealingAgainAddsOnlyNewEventsAndStaysIntact() {
		assertThat(this.sealer.seal(this.tenant)).isZero();
		this.tenants.inTenant(this.tenant, (status) -> this.trail
			.record(AuditEvent.of(AuditAction.CREATE, AuditObject.CASE, UUID.randomUUID(), null)));
		assertThat(this.sealer.seal(this.tenant)).isOne();
		VerificationReport report = this.verifier.verify(this.tenant);
		assertThat(report.sealed()).isEqualTo(11);
		assertThat(report.intact()).isTrue();
	}

	@Test
	void reportsAnEditedEvent() {
		owner().update("update audit_event set subject_name = 'Iemand Anders' where id = ?", this.events.get(3));
		assertThat(findings()).extracting(Finding::kind, Finding::position, Finding::eventId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.EDITED, 4L, this.events.get(3)));
	}

	@Test
	void reportsARemovedEvent() {
		owner().update("delete from audit_event where id = ?", this.events.get(4));
		assertThat(findings()).extracting(Finding::kind, Finding::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, 5L));
	}

	@Test
	void reportsReorderedEvents() {
		JdbcTemplate owner = owner();
		owner.update("""
				update audit_event a set tx = b.tx from audit_event b
				where (a.id = ? and b.id = ?) or (a.id = ? and b.id = ?)""", this.events.get(1), this.events.get(5),
				this.events.get(5), this.events.get(1));
		assertThat(findings()).extracting(Finding::kind).contains(Kind.REORDERED);
	}

	@Test
	void reportsATruncatedTail() {
		owner().update("delete from audit_event where id = any(?)",
				(Object) new UUID[] { this.events.get(8), this.events.get(9), this.events.get(7) });
		assertThat(findings()).extracting(Finding::kind, Finding::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.TRUNCATED, 8L));
	}

	@Test
	void reportsATruncatedTable() {
		owner().execute("truncate audit_event");
		assertThat(findings()).extracting(Finding::kind, Finding::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.TRUNCATED, 1L));
	}

	@Test
	void reportsAnEventSlippedInBetweenSealedOnes() {
		JdbcTemplate owner = owner();
		owner.update("""
				insert into audit_event (id, tx, action, outcome, subject_id, subject_name, subject_role,
					organisation, client_id)
				select ?, tx, 'READ', 'SUCCESS', 'sub-x', 'Niemand', 'case-director', organisation, client_id
				from audit_event where id = ?""", UUID.fromString("00000000-0000-0000-0000-00000000beef"),
				this.events.get(2));
		assertThat(findings()).extracting(Finding::kind, Finding::eventId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.INSERTED,
					UUID.fromString("00000000-0000-0000-0000-00000000beef")));
	}

	private List<Finding> findings() {
		VerificationReport report = this.verifier.verify(this.tenant);
		assertThat(report.sealed()).isEqualTo(10);
		return report.findings();
	}

	private JdbcTemplate owner() {
		return TestDatabase.get().asTenantOwner(this.tenant);
	}

}
