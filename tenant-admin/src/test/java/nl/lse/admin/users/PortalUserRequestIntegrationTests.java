package nl.lse.admin.users;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import nl.lse.admin.AdminTestKeycloak;
import nl.lse.admin.TenantAdminIntegrationTest;
import nl.lse.admin.onboarding.MunicipalityRequest;
import nl.lse.admin.onboarding.Onboarding;
import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's side is a row in {@code platform.user_request}, written as the portal's
 * login (as {@code MunicipalUserPagesIntegrationTests} in platform-app shows the portal
 * does); tenant-admin, woken by the NOTIFY, carries it out in Keycloak for a case
 * director of that municipality only, and writes the outcome back.
 */
class PortalUserRequestIntegrationTests extends TenantAdminIntegrationTest {

	private static final String CODE = "gm0677";

	@Autowired
	Onboarding onboarding;

	private final JdbcTemplate portal = new JdbcTemplate(
			TestDatabase.get().dataSource(TestDatabase.get().roles().app()));

	private final JdbcTemplate superuser = TestDatabase.get().superuser();

	@Test
	void aCaseDirectorsRequestsAreCarriedOutAndOnlyTheirs() {
		this.onboarding.onboard(
				new MunicipalityRequest(CODE, "Portaalgemeente", 7, "Pia Portaal", "pia@" + CODE + ".test.invalid"),
				"lse.admin");
		KeycloakAdmin keycloak = AdminTestKeycloak.get().admin();
		String pia = userId(keycloak, "pia@" + CODE + ".test.invalid");

		UUID add = request(pia, "ADD", "Max Medewerker", "max@" + CODE + ".test.invalid", "MUNICIPALITY_STAFF", null);
		Map<String, Object> added = awaitDone(add);
		assertThat(added).containsEntry("state", "DONE");
		assertThat((String) added.get("outcome")).contains("is toegevoegd");
		String max = userId(keycloak, "max@" + CODE + ".test.invalid");
		assertThat(added).containsEntry("user_id", max);
		assertThat(keycloak.get("/lse/users/" + max).get("requiredActions").valueStream().map((a) -> a.asString()))
			.contains("VERIFY_EMAIL", "UPDATE_PASSWORD", "CONFIGURE_TOTP");
		assertThat(this.superuser.queryForList(
				"select role from platform.municipal_contact where tenant_code = ? and email = ?", String.class, CODE,
				"max@" + CODE + ".test.invalid"))
			.as("the portal's list follows at once")
			.containsExactly("municipality-staff");
		assertThat(this.superuser.queryForObject(
				"select count(*) from platform.admin_event where action = 'USER_ADDED' and target = ?"
						+ " and actor like 'Pia Portaal (casusregisseur%'",
				Long.class, "max@" + CODE + ".test.invalid"))
			.isEqualTo(1);

		UUID remove = request(pia, "REMOVE", null, null, null, max);
		assertThat(awaitDone(remove)).containsEntry("state", "DONE");
		assertThat(this.superuser.queryForObject(
				"select count(*) from platform.membership_revocation where subject_id = ? and tenant_code = ?",
				Long.class, max, CODE))
			.isEqualTo(1);
		assertThat(this.superuser.queryForList("select email from platform.municipal_contact where tenant_code = ?",
				String.class, CODE))
			.doesNotContain("max@" + CODE + ".test.invalid");

		// someone who is not this municipality's case director (the portal would not let
		// them, but tenant-admin checks in Keycloak itself)
		String worker = userId(keycloak, "lse.worker");
		UUID forged = request(worker, "ADD", "Eva Eigen", "eva@" + CODE + ".test.invalid", "CASE_DIRECTOR", null);
		Map<String, Object> refused = awaitDone(forged);
		assertThat(refused).containsEntry("state", "REFUSED");
		assertThat((String) refused.get("outcome")).contains("geen casusregisseur van deze gemeente");
		assertThat(keycloak.get("/lse/users?exact=true&username=eva@" + CODE + ".test.invalid").isEmpty()).isTrue();

		// an LSE account is not taken over
		UUID lse = request(pia, "ADD", "Lotte", "lse.worker@demo.lse.example", "CASE_DIRECTOR", null);
		Map<String, Object> notMunicipal = awaitDone(lse);
		assertThat(notMunicipal).containsEntry("state", "REFUSED");
		assertThat((String) notMunicipal.get("outcome")).contains("is geen gemeentelijk account");
	}

	private UUID request(String requester, String action, String name, String email, String role, String userId) {
		UUID id = UUID.randomUUID();
		this.portal.update(
				"insert into platform.user_request (id, tenant_code, requested_by, requested_by_name, action, name,"
						+ " email, role, user_id) values (?, ?, ?, 'Pia Portaal', ?, ?, ?, ?, ?)",
				id, CODE, requester, action, name, email, role, userId);
		return id;
	}

	private Map<String, Object> awaitDone(UUID id) {
		// woken by the NOTIFY: well within the 30 s of the fallback poll
		return await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.superuser.queryForMap("select * from platform.user_request where id = ?", id),
					(row) -> row.get("done_at") != null);
	}

	private static String userId(KeycloakAdmin keycloak, String username) {
		return keycloak.get("/lse/users?exact=true&username=" + username).get(0).get("id").asString();
	}

}
