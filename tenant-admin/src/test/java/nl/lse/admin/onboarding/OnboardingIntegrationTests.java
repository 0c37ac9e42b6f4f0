package nl.lse.admin.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.lse.admin.AdminTestKeycloak;
import nl.lse.admin.TenantAdminIntegrationTest;
import nl.lse.keycloak.KeycloakAdmin;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Onboarding against the real Keycloak and PostgreSQL: the end state of a clean run; a
 * failure injected before each step, and one after each step's work but before it is
 * recorded, followed by a re-run, gives the same end state; two concurrent onboardings of
 * one code give one tenant and one organization.
 */
class OnboardingIntegrationTests extends TenantAdminIntegrationTest {

	private static int nextCode = 700;

	@Autowired
	Onboarding onboarding;

	@Autowired
	TenantCatalog catalog;

	KeycloakAdmin keycloak = AdminTestKeycloak.get().admin();

	@AfterEach
	void noFault() {
		InjectedFaults.clear();
	}

	@Test
	void aCleanRunOpensTheTenantWithItsOrganizationGroupsAndFirstCaseDirector() {
		MunicipalityRequest request = request();

		OnboardingRecord done = this.onboarding.onboard(request, "lse.admin");

		assertThat(done.step()).isEqualTo(OnboardingStep.ACTIVE);
		assertThat(done.attempts()).isOne();
		assertThat(done.finishedAt()).isNotNull();
		assertEndState(request);
	}

	@ParameterizedTest
	@EnumSource(value = OnboardingStep.class, names = "REQUESTED", mode = EnumSource.Mode.EXCLUDE)
	void aRerunAfterAFailureBeforeAnyStepEndsInTheCleanState(OnboardingStep step) {
		MunicipalityRequest request = request();
		InjectedFaults.before(request.code(), step);

		OnboardingRecord stopped = this.onboarding.onboard(request, "lse.admin");
		assertThat(stopped.failedStep()).isEqualTo(step);
		assertThat(stopped.failure()).contains("injected");
		assertThat(this.catalog.find(TenantId.of(request.code())).map(Tenant::status))
			.as("nobody may enter before the last step")
			.isNotEqualTo(java.util.Optional.of(TenantStatus.ACTIVE));

		OnboardingRecord done = this.onboarding.run(request.code());
		assertThat(done.step()).isEqualTo(OnboardingStep.ACTIVE);
		assertThat(done.failedStep()).isNull();
		assertThat(done.attempts()).isEqualTo(2);
		assertEndState(request);
	}

	@ParameterizedTest
	@EnumSource(value = OnboardingStep.class, names = "REQUESTED", mode = EnumSource.Mode.EXCLUDE)
	void aRerunAfterAFailureAfterAStepsWorkEndsInTheCleanState(OnboardingStep step) {
		MunicipalityRequest request = request();
		InjectedFaults.afterWork(request.code(), step);

		assertThat(this.onboarding.onboard(request, "lse.admin").failedStep()).isEqualTo(step);

		assertThat(this.onboarding.run(request.code()).step()).isEqualTo(OnboardingStep.ACTIVE);
		assertEndState(request);
	}

	@Test
	void twoConcurrentOnboardingsOfOneCodeGiveOneTenantAndOneOrganization() throws Exception {
		MunicipalityRequest request = request();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<OnboardingRecord>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<OnboardingRecord> run = () -> {
					start.await();
					return this.onboarding.onboard(request, "lse.admin");
				};
				runs.add(pool.submit(run));
			}
			start.countDown();
			for (Future<OnboardingRecord> run : runs) {
				// one run does the work; the other returns at once when it finds it taken
				run.get();
			}
			assertThat(this.onboarding.find(request.code())).get()
				.satisfies((record) -> assertThat(record.step()).isEqualTo(OnboardingStep.ACTIVE));
		}
		finally {
			pool.shutdownNow();
		}
		assertEndState(request);
	}

	@Test
	void theSameCodeWithOtherDetailsIsRefused() {
		MunicipalityRequest request = request();
		this.onboarding.onboard(request, "lse.admin");
		MunicipalityRequest other = new MunicipalityRequest(request.code(), "Andere naam", 7, "Iemand Anders",
				"iemand@" + request.code() + ".test.invalid");
		org.assertj.core.api.Assertions.assertThatExceptionOfType(OnboardingConflict.class)
			.isThrownBy(() -> this.onboarding.onboard(other, "lse.admin"))
			.withMessageContaining("is al aangevraagd");
	}

	private void assertEndState(MunicipalityRequest request) {
		TenantId tenant = TenantId.of(request.code());
		Tenant opened = this.catalog.find(tenant).orElseThrow();
		assertThat(opened.status()).isEqualTo(TenantStatus.ACTIVE);
		assertThat(opened.schemaVersion()).isNotBlank();
		assertThat(new JdbcTemplate(TestDatabase.get().dataSource(TestDatabase.get().roles().migrator()))
			.queryForObject("select count(*) from pg_namespace where nspname = ?", Integer.class, tenant.schemaName()))
			.isOne();

		List<JsonNode> organizations = new ArrayList<>();
		// Keycloak searches by name or domain; the alias decides
		this.keycloak.get("/lse/organizations?search=" + request.code() + "&exact=false&first=0&max=100")
			.forEach((organization) -> {
				if (request.code().equals(organization.get("alias").asString())) {
					organizations.add(organization);
				}
			});
		assertThat(organizations).as("one organization with alias %s", request.code())
			.singleElement()
			.satisfies((organization) -> assertThat(organization.get("alias").asString()).isEqualTo(request.code()));
		String organization = organizations.get(0).get("id").asString();

		Map<String, String> groups = new java.util.TreeMap<>();
		for (JsonNode group : this.keycloak.get("/lse/organizations/" + organization + "/groups?first=0&max=50")) {
			String roles = this.keycloak
				.get("/lse/organizations/" + organization + "/groups/" + group.get("id").asString()
						+ "/role-mappings/realm")
				.valueStream()
				.map((role) -> role.get("name").asString())
				.sorted()
				.toList()
				.toString();
			groups.put(group.get("name").asString(), roles);
		}
		assertThat(groups).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("casusregie", "[case-director]",
				"medewerkers", "[municipality-staff]", "ketenpartners", "[chain-partner]")));

		List<JsonNode> users = new ArrayList<>();
		this.keycloak.get("/lse/users?exact=true&email=" + request.directorEmail()).forEach(users::add);
		assertThat(users).as("one account for the first case director").hasSize(1);
		JsonNode director = users.get(0);
		assertThat(director.get("requiredActions").valueStream().map(JsonNode::asString).toList())
			.containsExactlyInAnyOrder("VERIFY_EMAIL", "UPDATE_PASSWORD", "CONFIGURE_TOTP");
		String casusregie = groupId(organization, "casusregie");
		assertThat(this.keycloak
			.get("/lse/organizations/" + organization + "/groups/" + casusregie + "/members?first=0&max=10")
			.valueStream()
			.map((member) -> member.get("id").asString())
			.toList()).containsExactly(director.get("id").asString());
		assertThat(this.keycloak.get("/lse/organizations/" + organization + "/members?first=0&max=10").size()).isOne();
	}

	private String groupId(String organization, String name) {
		for (JsonNode group : this.keycloak.get("/lse/organizations/" + organization + "/groups?first=0&max=50")) {
			if (name.equals(group.get("name").asString())) {
				return group.get("id").asString();
			}
		}
		throw new IllegalStateException("no group " + name);
	}

	private static synchronized MunicipalityRequest request() {
		String code = String.format("gm%04d", ++nextCode);
		return new MunicipalityRequest(code, "Testgemeente " + code, 7, "Carla de Regie",
				"regie@" + code + ".test.invalid");
	}

}
