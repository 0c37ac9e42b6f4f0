package nl.lse.admin.users;

import java.net.http.HttpResponse;

import nl.lse.admin.AdminTestKeycloak;
import nl.lse.admin.TenantAdminIntegrationTest;
import nl.lse.admin.onboarding.MunicipalityRequest;
import nl.lse.admin.onboarding.Onboarding;
import nl.lse.admin.onboarding.OnboardingStep;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static nl.lse.admin.AdminApi.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/admin/municipalities/{code}/users} against the real Keycloak: a staff
 * member is added with the first-login actions and removed again, which records the
 * revocation the platform's gate checks; bad input and unknown municipalities are
 * refused.
 */
class MunicipalUserApiIntegrationTests extends TenantAdminIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Onboarding onboarding;

	@Test
	void aStaffMemberIsAddedAndRemoved() throws Exception {
		assertThat(this.onboarding
			.onboard(new MunicipalityRequest("gm0696", "Gebruikersgemeente", 7, "Regie Eerste",
					"regie@gm0696.test.invalid"), "lse.admin")
			.step()).isEqualTo(OnboardingStep.ACTIVE);
		String token = AdminTestKeycloak.accessToken("lse.admin");

		HttpResponse<String> added = send("POST", "/api/v1/admin/municipalities/gm0696/users", token,
				"{\"name\": \"Mees Medewerker\", \"email\": \"Mees@gm0696.test.invalid\", \"role\": \"MUNICIPALITY_STAFF\"}");
		assertThat(added.statusCode()).isEqualTo(201);
		String id = JSON.readTree(added.body()).get("id").asString();

		JsonNode users = JSON.readTree(send("GET", "/api/v1/admin/municipalities/gm0696/users", token, null).body());
		assertThat(users.valueStream().map((user) -> user.get("email").asString() + " " + user.get("groups")).toList())
			.containsExactlyInAnyOrder("regie@gm0696.test.invalid [\"casusregie\"]",
					"mees@gm0696.test.invalid [\"medewerkers\"]");

		assertThat(send("DELETE", "/api/v1/admin/municipalities/gm0696/users/" + id, token, null).statusCode())
			.isEqualTo(204);
		assertThat(send("DELETE", "/api/v1/admin/municipalities/gm0696/users/" + id, token, null).statusCode())
			.as("no longer a member: nothing to remove, and said so")
			.isEqualTo(404);
		assertThat(send("DELETE", "/api/v1/admin/municipalities/gm0696/users/" + "x".repeat(100), token, null)
			.statusCode()).isEqualTo(404);
		users = JSON.readTree(send("GET", "/api/v1/admin/municipalities/gm0696/users", token, null).body());
		assertThat(users.valueStream().map((user) -> user.get("email").asString()).toList())
			.containsExactly("regie@gm0696.test.invalid");
		assertThat(TestDatabase.get()
			.superuser()
			.queryForObject("select revoked_by from platform.membership_revocation where subject_id = ?"
					+ " and tenant_code = 'gm0696'", String.class, id))
			.isEqualTo("lse.admin");
	}

	@Test
	void aCaseDirectorManagesTheUsersOfTheirOwnMunicipalityOnly() throws Exception {
		this.onboarding.onboard(
				new MunicipalityRequest("gm0689", "Eigen Gemeente", 7, "Rik Regie", "rik@gm0689.test.invalid"),
				"lse.admin");
		nl.lse.keycloak.KeycloakAdmin keycloak = AdminTestKeycloak.get().admin();
		String rik = keycloak.get("/lse/users?exact=true&email=rik@gm0689.test.invalid").get(0).get("id").asString();
		// what the first login does: e-mail verified, a password, the actions done
		keycloak.put("/lse/users/" + rik,
				java.util.Map.of("emailVerified", true, "requiredActions", java.util.List.of()));
		keycloak.put("/lse/users/" + rik + "/reset-password",
				java.util.Map.of("type", "password", "value", "demo", "temporary", false));
		String token = AdminTestKeycloak.accessToken("rik@gm0689.test.invalid");

		assertThat(send("GET", "/api/v1/admin/municipalities/gm0689/users", token, null).statusCode()).isEqualTo(200);
		assertThat(send("POST", "/api/v1/admin/municipalities/gm0689/users", token,
				"{\"name\": \"Sam Staf\", \"email\": \"sam@gm0689.test.invalid\", \"role\": \"MUNICIPALITY_STAFF\"}")
			.statusCode()).isEqualTo(201);
		assertThat(send("GET", "/api/v1/admin/municipalities/gm0518/users", token, null).statusCode())
			.as("another municipality")
			.isEqualTo(403);
		assertThat(send("GET", "/api/v1/admin/municipalities", token, null).statusCode()).as("not onboarding")
			.isEqualTo(403);
		assertThat(send("GET", "/api/v1/admin/municipalities/gm0689/users",
				AdminTestKeycloak.accessToken("cd.amsterdam"), null)
			.statusCode()).as("a case director elsewhere").isEqualTo(403);
	}

	@Test
	void badInputAndUnknownMunicipalitiesAreRefused() throws Exception {
		String token = AdminTestKeycloak.accessToken("lse.admin");
		HttpResponse<String> invalid = send("POST", "/api/v1/admin/municipalities/gm0363/users", token,
				"{\"name\": \"\", \"email\": \"geen\", \"role\": null}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(invalid.body()).get("errors").valueStream().map((e) -> e.get("field").asString()))
			.containsExactlyInAnyOrder("name", "email", "role");
		assertThat(send("POST", "/api/v1/admin/municipalities/gm0363/users", token,
				"{\"name\": \"X\", \"email\": \"x@y.nl\", \"role\": \"BAAS\"}")
			.statusCode()).isEqualTo(400);
		assertThat(send("GET", "/api/v1/admin/municipalities/gm9998/users", token, null).statusCode()).isEqualTo(404);
		assertThat(send("DELETE", "/api/v1/admin/municipalities/nonsense/users/x", token, null).statusCode())
			.isEqualTo(404);
		// cd.amsterdam is case director of gm0363 only
		assertThat(send("GET", "/api/v1/admin/municipalities/gm0518/users",
				AdminTestKeycloak.accessToken("cd.amsterdam"), null)
			.statusCode()).isEqualTo(403);
	}

}
