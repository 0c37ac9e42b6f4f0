package nl.lse.admin.staff;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.lse.admin.AdminTestKeycloak;
import nl.lse.admin.TenantAdminIntegrationTest;
import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.platform.testing.HttpBrowser;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;

import static nl.lse.admin.AdminApi.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * LSE-wide roles take two administrators: one asks, another approves, and the approval is
 * carried out in Keycloak with the approver's own token (the service account may not, see
 * {@code ProvisioningLeastPrivilegeIntegrationTests}); the requester cannot approve their
 * own request, neither through the API nor in the database.
 */
class StaffRequestIntegrationTests extends TenantAdminIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aSecondAdministratorApprovesANewCoordinator() throws Exception {
		String first = AdminTestKeycloak.accessToken("lse.admin");
		String second = AdminTestKeycloak.accessToken("lse.admin2");
		HttpResponse<String> refused = send("POST", "/api/v1/admin/staff/requests", first,
				"{\"name\": \"\", \"email\": \"geen-adres\", \"role\": \"case-director\"}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"name\"")
			.contains("\"field\":\"email\"")
			.contains("\"field\":\"role\"");

		HttpResponse<String> asked = send("POST", "/api/v1/admin/staff/requests", first,
				"{\"name\": \"Nina Nieuw\", \"email\": \"nina@lse.test.invalid\", \"role\": \"lse-coordinator\","
						+ " \"team\": \"oost\"}");
		assertThat(asked.statusCode()).isEqualTo(201);
		JsonNode request = JSON.readTree(asked.body());
		assertThat(request.get("state").asString()).isEqualTo("PENDING");
		String id = request.get("id").asString();
		assertThat(userIds("nina@lse.test.invalid")).as("nothing in Keycloak before the approval").isEmpty();

		HttpResponse<String> self = send("POST", "/api/v1/admin/staff/requests/" + id + "/approve", first, null);
		assertThat(self.statusCode()).isEqualTo(403);
		assertThat(self.body()).contains("Een tweede beheerder moet dit goedkeuren");
		assertThat(send("POST", "/api/v1/admin/staff/requests/" + id + "/approve",
				AdminTestKeycloak.accessToken("lse.worker"), null)
			.statusCode()).as("not an administrator").isEqualTo(403);

		HttpResponse<String> approved = send("POST", "/api/v1/admin/staff/requests/" + id + "/approve", second, null);
		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(approved.body()).get("state").asString()).isEqualTo("APPROVED");
		assertThat(send("POST", "/api/v1/admin/staff/requests/" + id + "/approve", second, null).statusCode())
			.as("decided once")
			.isEqualTo(409);

		KeycloakAdmin master = AdminTestKeycloak.get().admin();
		List<String> nina = userIds("nina@lse.test.invalid");
		assertThat(nina).hasSize(1);
		assertThat(master.get("/lse/users/" + nina.get(0) + "/role-mappings/realm")
			.valueStream()
			.map((role) -> role.get("name").asString())).contains("lse-coordinator");
		JsonNode user = master.get("/lse/users/" + nina.get(0));
		assertThat(user.get("requiredActions").valueStream().map(JsonNode::asString)).contains("VERIFY_EMAIL",
				"UPDATE_PASSWORD", "CONFIGURE_TOTP");
		JsonNode staff = JSON.readTree(send("GET", "/api/v1/admin/staff", first, null).body())
			.valueStream()
			.filter((member) -> "nina@lse.test.invalid".equals(member.get("email").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(staff.get("role").asString()).isEqualTo("lse-coordinator");
		assertThat(staff.get("team").asString()).isEqualTo("oost");

		// Keycloak's admin events name the approver, not the service account
		assertThat(master.get("/lse/admin-events?resourceTypes=REALM_ROLE_MAPPING&max=100")
			.valueStream()
			.filter((event) -> event.get("resourcePath").asString().contains(nina.get(0)))
			.map((event) -> event.get("authDetails").get("userId").asString()))
			.containsOnly(userIds("lse.admin2").get(0));

		assertThatThrownBy(() -> TestDatabase.get()
			.superuser()
			.update("insert into platform.staff_request (id, requested_by, email, name, role, state, decided_by,"
					+ " decided_at) values (gen_random_uuid(), 'a', 'x@y.z', 'X', 'lse-admin', 'APPROVED', 'a', now())"))
			.as("four eyes in the database too")
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aRejectedRequestChangesNothing() throws Exception {
		String first = AdminTestKeycloak.accessToken("lse.admin");
		HttpResponse<String> asked = send("POST", "/api/v1/admin/staff/requests", first,
				"{\"name\": \"Otto Ongewenst\", \"email\": \"otto@lse.test.invalid\", \"role\": \"lse-admin\"}");
		String id = JSON.readTree(asked.body()).get("id").asString();
		HttpResponse<String> rejected = send("POST", "/api/v1/admin/staff/requests/" + id + "/reject",
				AdminTestKeycloak.accessToken("lse.admin2"), null);
		assertThat(JSON.readTree(rejected.body()).get("state").asString()).isEqualTo("REJECTED");
		assertThat(userIds("otto@lse.test.invalid")).isEmpty();
		assertThat(send("GET", "/api/v1/admin/staff/requests", first, null).body()).doesNotContain(id);
	}

	@Test
	void onThePagesTheSecondAdministratorApprovesWithTheirOwnSession() throws Exception {
		String admin = "http://localhost:" + AdminTestKeycloak.ADMIN_PORT;
		HttpBrowser first = new HttpBrowser(admin);
		HttpResponse<String> page = first.login("lse.admin", "/medewerkers");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(">LSE-medewerkers</h1>").contains("lse.worker@demo.lse.example");
		HttpResponse<String> wrong = first.submit(page, "/medewerkers/verzoeken",
				Map.of("name", "Pim Pagina", "email", "geen-adres", "role", "lse-worker", "team", "Noord!"));
		assertThat(wrong.body()).contains("Dit is geen geldig e-mailadres.")
			.contains("Een team is een korte naam")
			.contains("value=\"Pim Pagina\"");
		HttpResponse<String> asked = first.submit(wrong, "/medewerkers/verzoeken",
				Map.of("name", "Pim Pagina", "email", "pim@lse.test.invalid", "role", "lse-worker", "team", "west"));
		assertThat(asked.body()).contains("staat open; een andere beheerder moet het goedkeuren")
			.contains("pim@lse.test.invalid");
		Matcher approve = Pattern
			.compile("/medewerkers/verzoeken/([0-9a-f-]{36})/goedkeuren\"(?:(?!</form>).)*?Keur goed: Pim Pagina",
					Pattern.DOTALL)
			.matcher(asked.body());
		assertThat(approve.find()).isTrue();
		String path = "/medewerkers/verzoeken/" + approve.group(1) + "/goedkeuren";
		assertThat(first.submit(asked, path, Map.of()).body()).contains("Een tweede beheerder moet dit goedkeuren");

		HttpBrowser second = new HttpBrowser(admin);
		HttpResponse<String> secondPage = second.login("lse.admin2", "/medewerkers");
		HttpResponse<String> approved = second.submit(secondPage, path, Map.of());
		assertThat(approved.body()).contains("pim@lse.test.invalid is medewerker (gezinsondersteuner) bij LSE");
		assertThat(userIds("pim@lse.test.invalid")).hasSize(1);
	}

	private static List<String> userIds(String usernameOrEmail) {
		return AdminTestKeycloak.get()
			.admin()
			.get("/lse/users?exact=true&username=" + usernameOrEmail)
			.valueStream()
			.map((user) -> user.get("id").asString())
			.toList();
	}

}
