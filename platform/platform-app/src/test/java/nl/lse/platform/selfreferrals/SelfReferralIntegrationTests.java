package nl.lse.platform.selfreferrals;

import java.time.LocalDate;
import java.util.UUID;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.audit.AuditSealer;
import nl.lse.platform.audit.AuditVerifier;
import nl.lse.platform.casework.Api;
import nl.lse.platform.casework.Api.Response;
import nl.lse.platform.casework.CaseWorkClock;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A family that contacts LSE itself, against the real app and database: held in LSE's own
 * schema where no municipality sees it or counts it, moved into the municipality as a
 * signal once the family agrees (once, also when the move is repeated after a crash), and
 * destroyed after its period when the family refuses.
 */
class SelfReferralIntegrationTests extends PlatformIntegrationTest {

	static final String SELF_REFERRALS = "http://localhost:" + TestKeycloak.PORTAL_PORT + "/api/v1/self-referrals";

	final JdbcTemplate superuser = TestDatabase.get().superuser();

	@Autowired
	SelfReferralService service;

	@Autowired
	AuditSealer sealer;

	@Autowired
	AuditVerifier verifier;

	final Api worker = new Api("lse.worker", "gm0363");

	final Api director = new Api("cd.amsterdam", "gm0363");

	@Test
	void aSelfReferralIsLseOwnUntilTheFamilyAgrees() {
		int signalsBefore = count("select count(*) from tenant_gm0363.signal");
		Response recorded = register("Moeder Jansen (fictief)");

		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		UUID id = UUID.fromString(recorded.text("id"));
		assertThat(recorded.text("status")).isEqualTo("OPEN");
		assertThat(count("select count(*) from tenant_lse.self_referral where id = '" + id + "'")).isEqualTo(1);
		assertThat(count("select count(*) from tenant_gm0363.signal")).as("nothing in the municipality's schema")
			.isEqualTo(signalsBefore);
		assertThat(this.director.get("/signals/" + id).status()).isEqualTo(404);
		assertThat(this.director.get(SELF_REFERRALS).status()).as("a case director does not reach LSE's records")
			.isEqualTo(404);
		assertThat(new Api("partner.politie", "gm0363").get(SELF_REFERRALS).status()).isEqualTo(404);
		assertThat(this.worker.get(SELF_REFERRALS).body()).contains(id.toString());
		assertThat(count("select count(*) from tenant_lse.audit_event where object_kind = 'SELF_REFERRAL'"
				+ " and action = 'CREATE' and object_id = '" + id + "'"))
			.isEqualTo(1);
	}

	@Test
	void whenTheFamilyAgreesItMovesIntoTheMunicipalityAsASignal() {
		Response recorded = register("Vader De Vries (fictief)");
		String id = recorded.text("id");

		Response agreed = this.worker.post(SELF_REFERRALS + "/" + id + "/agreement",
				map("version", recorded.version()));

		assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
		assertThat(agreed.text("status")).isEqualTo("MOVED");
		assertThat(agreed.json().path("contactName").isNull()).as("LSE keeps no contact details").isTrue();
		Response signal = this.director.get("/signals/" + id);
		assertThat(signal.status()).as(signal.toString()).isEqualTo(200);
		assertThat(signal.text("source")).isEqualTo("FAMILY_SELF_REFERRAL");
		assertThat(signal.text("status")).isEqualTo("NEW");
		assertThat(signal.text("description")).contains("Vader De Vries (fictief)", "06-12345678");
		assertThat(count("select count(*) from tenant_gm0363.audit_event where object_kind = 'SIGNAL'"
				+ " and action = 'CREATE' and subject_role = 'lse-worker' and object_id = '" + id + "'"))
			.as("audited in the municipality")
			.isEqualTo(1);
		assertThat(count("select count(*) from tenant_lse.audit_event where object_kind = 'SELF_REFERRAL'"
				+ " and action = 'UPDATE' and object_id = '" + id + "'"))
			.as("audited in LSE's records: agreed, moved")
			.isEqualTo(2);
		this.sealer.seal(TenantId.LSE);
		assertThat(this.verifier.verify(TenantId.LSE).intact()).as("LSE's trail is sealed into its own chain").isTrue();
		Response again = this.worker.post(SELF_REFERRALS + "/" + id + "/agreement", map("version", agreed.version()));
		assertThat(again.status()).as("decided once").isEqualTo(422);
	}

	@Test
	void anInterruptedMoveIsFinishedOnceHoweverOftenItIsRetried() {
		String id = register("Oom Bakker (fictief)").text("id");
		// the worker's request stopped after LSE recorded the agreement
		this.superuser.update("update tenant_lse.self_referral set status = 'MOVING', decided_by = 'w',"
				+ " decided_on = current_date where id = ?::uuid", id);

		this.service.finishInterruptedMoves();
		// and once more, as if LSE's side had not committed after the municipality's
		this.superuser.update("update tenant_lse.self_referral set status = 'MOVING', moved_at = null,"
				+ " contact_name = 'x', contact_details = 'y' where id = ?::uuid", id);
		this.service.finishInterruptedMoves();
		this.service.finishInterruptedMoves();

		assertThat(count("select count(*) from tenant_gm0363.signal where id = '" + id + "'")).isEqualTo(1);
		assertThat(this.superuser.queryForObject(
				"select status || ':' || coalesce(contact_name, '-') from tenant_lse.self_referral where id = ?::uuid",
				String.class, id))
			.isEqualTo("MOVED:-");
		assertThat(count("select count(*) from tenant_gm0363.audit_event where object_id = '" + id
				+ "' and subject_id = 'system' and client_id = 'lse-self-referrals'"))
			.isEqualTo(1);
	}

	@Test
	void aRefusedSelfReferralIsDestroyedAfterEightWeeks() {
		Response recorded = register("Zus Peters (fictief)");
		String id = recorded.text("id");
		Response refused = this.worker.post(SELF_REFERRALS + "/" + id + "/refusal", map("version", recorded.version()));
		assertThat(refused.text("status")).as(refused.toString()).isEqualTo("REFUSED");
		assertThat(LocalDate.parse(refused.text("destroyAfter")))
			.isEqualTo(LocalDate.parse(refused.text("decidedOn")).plusWeeks(8));

		this.service.destroyExpired();
		assertThat(count("select count(*) from tenant_lse.self_referral where id = '" + id + "'"))
			.as("kept during its period")
			.isEqualTo(1);
		this.superuser.update("update tenant_lse.self_referral set destroy_after = current_date - 1 where id = ?::uuid",
				id);
		this.service.destroyExpired();

		assertThat(count("select count(*) from tenant_lse.self_referral where id = '" + id + "'")).isZero();
		assertThat(count("select count(*) from tenant_lse.audit_event where object_id = '" + id
				+ "' and action = 'DELETE' and subject_id = 'system'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from tenant_gm0363.signal where id = '" + id + "'")).isZero();
	}

	@Test
	void badInputIsRefusedWithTheField() {
		Response unknown = this.worker.post(SELF_REFERRALS, map("municipality", "gm0999", "receivedOn",
				LocalDate.now(CaseWorkClock.ZONE).toString(), "contactName", "Iemand", "contactDetails", "06"));
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
		assertThat(unknown.text("field")).isEqualTo("municipality");
		Response future = this.worker.post(SELF_REFERRALS,
				map("municipality", "gm0363", "receivedOn", LocalDate.now(CaseWorkClock.ZONE).plusDays(3).toString(),
						"contactName", "Iemand", "contactDetails", "06"));
		assertThat(future.status()).as(future.toString()).isEqualTo(400);
		assertThat(future.text("field")).isEqualTo("receivedOn");
		Response lse = this.worker.post(SELF_REFERRALS, map("municipality", "lse", "receivedOn",
				LocalDate.now(CaseWorkClock.ZONE).toString(), "contactName", "Iemand", "contactDetails", "06"));
		assertThat(lse.status()).isEqualTo(400);
	}

	private Response register(String name) {
		return this.worker.post(SELF_REFERRALS,
				map("municipality", "gm0363", "receivedOn", LocalDate.now(CaseWorkClock.ZONE).minusDays(1).toString(),
						"contactName", name, "contactDetails", "06-12345678", "note",
						"Zorgen over de zoon van 16 (fictief)."));
	}

	private int count(String sql) {
		Integer found = this.superuser.queryForObject(sql, Integer.class);
		return (found != null) ? found : 0;
	}

}
