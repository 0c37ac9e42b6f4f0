package nl.lse.platform.identity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens of every demo role, issued by the real Keycloak, against the tenant gate:
 * members enter their municipalities, LSE workers and coordinators every one, management
 * and beheer none; everything else is a 404 that looks like any other.
 */
class TenantGateIntegrationTests extends PlatformIntegrationTest {

	static Stream<Arguments> gate() {
		return Stream.of(Arguments.of("cd.amsterdam", "gm0363", 200), Arguments.of("cd.amsterdam", "gm0599", 404),
				Arguments.of("staff.amsterdam", "gm0363", 200), Arguments.of("staff.amsterdam", "gm0193", 404),
				Arguments.of("cd.rotterdam", "gm0599", 200), Arguments.of("cd.rotterdam", "gm0363", 404),
				Arguments.of("cd.zwolle", "gm0193", 200), Arguments.of("cd.zwolle", "gm0599", 200),
				Arguments.of("cd.zwolle", "gm0363", 404), Arguments.of("partner.politie", "gm0363", 200),
				Arguments.of("partner.politie", "gm0599", 200), Arguments.of("partner.politie", "gm0193", 404),
				Arguments.of("lse.worker", "gm0193", 200), Arguments.of("lse.worker", "gm0363", 200),
				Arguments.of("lse.coordinator", "gm0599", 200), Arguments.of("lse.manager", "gm0363", 404),
				Arguments.of("lse.admin", "gm0363", 404), Arguments.of("cd.amsterdam", "gm9999", 404),
				Arguments.of("lse.worker", "gm9999", 404), Arguments.of("cd.amsterdam", "GM0363", 404));
	}

	@ParameterizedTest(name = "{0} in {1}: {2}")
	@MethodSource
	void gate(String user, String tenant, int status) throws Exception {
		HttpResponse<String> response = get("/api/v1/tenants/" + tenant, TestKeycloak.accessToken(user));
		assertThat(response.statusCode()).isEqualTo(status);
		if (status == 200) {
			assertThat(response.body()).contains("\"code\":\"" + tenant + "\"");
		}
		else {
			assertThat(normalised(response.body()))
				.isEqualTo(normalised(get("/api/v1/no-such-thing", TestKeycloak.accessToken(user)).body()));
		}
	}

	@Test
	void everyRoleIsKnownToTheApi() throws Exception {
		for (String user : List.of("cd.amsterdam", "staff.amsterdam", "cd.rotterdam", "cd.zwolle", "partner.politie",
				"lse.worker", "lse.coordinator", "lse.manager", "lse.admin")) {
			HttpResponse<String> me = get("/api/v1/me", TestKeycloak.accessToken(user));
			assertThat(me.statusCode()).as(user).isEqualTo(200);
			assertThat(me.body()).as(user).contains("\"username\":\"" + user + "\"").contains("ROLE_");
		}
		assertThat(get("/api/v1/me", TestKeycloak.accessToken("partner.politie")).body())
			.contains("\"tenants\":[\"gm0363\",\"gm0599\"]");
	}

	@Test
	void anEncodedAddressPassesTheSameGate() throws Exception {
		String rotterdam = TestKeycloak.accessToken("cd.rotterdam");
		assertThat(get("/api/v1/%74enants/gm0363", rotterdam).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/%74enants/gm0599", rotterdam).statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/tenants/gm%30363", rotterdam).statusCode()).isEqualTo(404);
	}

	@Test
	void anonymousGets401() throws Exception {
		assertThat(get("/api/v1/me", null).statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/tenants/gm0363", null).statusCode()).isEqualTo(401);
	}

	@Test
	void theOrganizationClaimCarriesEachMunicipalitysOwnRoles() {
		Map<String, Object> payload = TestKeycloak.payload(TestKeycloak.accessToken("partner.politie"));
		assertThat(payload.get("organization")).as("a JSON object keyed by alias, one entry per municipality")
			.isInstanceOf(Map.class)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
			.containsOnlyKeys("gm0363", "gm0599");
		assertThat(payload.get("aud")).asString().contains("lse-api");
		assertThat(payload.get("typ")).isEqualTo("Bearer");
	}

}
