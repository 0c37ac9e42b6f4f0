package nl.lse.admin.onboarding;

import java.net.http.HttpResponse;
import java.time.Duration;

import nl.lse.admin.AdminTestKeycloak;
import nl.lse.admin.TenantAdminIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static nl.lse.admin.AdminApi.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /api/v1/admin/municipalities} with real tokens: only {@code lse-admin} may use
 * it; bad input is a ProblemDetail naming each field; an onboarding is accepted (202) and
 * its progress can be followed to ACTIVE.
 */
class MunicipalityApiIntegrationTests extends TenantAdminIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void onlyAnLseAdministratorMayUseIt() throws Exception {
		assertThat(send("GET", "/api/v1/admin/municipalities", null, null).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/api/v1/admin/municipalities", AdminTestKeycloak.accessToken("cd.amsterdam"), null)
			.statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/v1/admin/municipalities", AdminTestKeycloak.accessToken("lse.manager"), null)
			.statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/v1/admin/municipalities", AdminTestKeycloak.accessToken("lse.admin"), null)
			.statusCode()).isEqualTo(200);
	}

	@Test
	void badInputNamesEveryFieldInDutch() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/admin/municipalities",
				AdminTestKeycloak.accessToken("lse.admin"), """
						{"code": "0363", "name": " ", "retentionYears": 99, "directorName": "X",
						 "directorEmail": "geen-adres"}""");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("errors").valueStream().map((error) -> error.get("field").asString()).toList())
			.containsExactlyInAnyOrder("code", "name", "retentionYears", "directorEmail");
		assertThat(response.body()).contains("gm0363").doesNotContain("Exception");

		HttpResponse<String> broken = send("POST", "/api/v1/admin/municipalities",
				AdminTestKeycloak.accessToken("lse.admin"), "{\"code\": ");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).contains("geen geldige JSON");
	}

	@Test
	void anOnboardingIsAcceptedAndCanBeFollowedToActive() throws Exception {
		String token = AdminTestKeycloak.accessToken("lse.admin");
		HttpResponse<String> accepted = send("POST", "/api/v1/admin/municipalities", token, """
				{"code": "gm0690", "name": "Apigemeente", "retentionYears": 7, "directorName": "Anna Api",
				 "directorEmail": "anna@gm0690.test.invalid"}""");
		assertThat(accepted.statusCode()).isEqualTo(202);
		assertThat(accepted.headers().firstValue("Location")).contains("/api/v1/admin/municipalities/gm0690");

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			JsonNode progress = JSON.readTree(send("GET", "/api/v1/admin/municipalities/gm0690", token, null).body());
			assertThat(progress.get("step").asString()).isEqualTo("ACTIVE");
			assertThat(progress.get("status").asString()).isEqualTo("ACTIVE");
			assertThat(progress.get("usersPerRole").get("casusregie").asInt()).isOne();
		});
		assertThat(send("GET", "/api/v1/admin/municipalities/gm0691", token, null).statusCode()).isEqualTo(404);
	}

}
