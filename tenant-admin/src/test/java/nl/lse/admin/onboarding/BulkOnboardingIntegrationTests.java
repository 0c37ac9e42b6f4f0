package nl.lse.admin.onboarding;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import nl.lse.admin.AdminTestKeycloak;
import nl.lse.admin.TenantAdminIntegrationTest;
import nl.lse.platform.testing.HttpBrowser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static nl.lse.admin.AdminApi.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bulk onboarding from CSV: a result per line, good lines onboarded to the end whatever
 * the bad ones say; and every administrator action is in the log, on the page and in the
 * CSV export.
 */
class BulkOnboardingIntegrationTests extends TenantAdminIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Municipalities municipalities;

	@Test
	void everyLineGetsItsOwnResultAndTheGoodOnesBecomeActive() throws Exception {
		String csv = """
				code;naam;bewaartermijn;casusregisseur;e-mail
				gm0681;Bulkgemeente Een;7;Bea Bulk;bea@gm0681.test.invalid
				0682;Zonder Code;7;Ces Code;ces@gm0682.test.invalid
				gm0683;Bulkgemeente Drie;zeven;Dirk Drie;dirk@gm0683.test.invalid
				gm0684;Te Weinig Velden
				gm0685,Bulkgemeente Vijf,10,Eva Vijf,eva@gm0685.test.invalid
				""";
		HttpResponse<String> response = send("POST", "/api/v1/admin/municipalities/bulk",
				AdminTestKeycloak.accessToken("lse.admin"), "text/csv", csv);
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> results = JSON.readTree(response.body())
			.valueStream()
			.map((row) -> row.get("line").asInt() + " " + row.get("code").asString() + " "
					+ row.get("requested").asBoolean() + " " + row.get("problems").toString())
			.toList();
		assertThat(results).containsExactly("2 gm0681 true []",
				"3 0682 false [\"De CBS-code is 'gm' met vier cijfers, bijvoorbeeld gm0363.\"]",
				"4 gm0683 false [\"De bewaartermijn is een aantal jaren, bijvoorbeeld 7.\"]",
				"5 gm0684 false [\"Een regel heeft vijf velden: code;naam;bewaartermijn;naam casusregisseur;"
						+ "e-mailadres casusregisseur.\"]",
				"6 gm0685 true []");
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			assertThat(this.municipalities.find("gm0681")).get()
				.satisfies((m) -> assertThat(m.step()).isEqualTo(OnboardingStep.ACTIVE));
			assertThat(this.municipalities.find("gm0685")).get()
				.satisfies((m) -> assertThat(m.step()).isEqualTo(OnboardingStep.ACTIVE));
		});
		assertThat(this.municipalities.find("gm0683")).isEmpty();
	}

	@Test
	void theAdministratorsLogShowsAndExportsWhatWasDone() throws Exception {
		HttpBrowser browser = new HttpBrowser("http://localhost:" + AdminTestKeycloak.ADMIN_PORT);
		browser.login("lse.admin", "/gemeenten");
		HttpResponse<String> form = browser.get("/gemeenten/nieuw");
		browser.submit(form, "/gemeenten", java.util.Map.of("code", "gm0686", "name", "Loggemeente", "retentionYears",
				"7", "directorName", "Lot Log", "directorEmail", "lot@gm0686.test.invalid"));
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(browser.get("/beheerlog").body()).contains("ONBOARDING_FINISHED"));
		String page = browser.get("/beheerlog").body();
		assertThat(page).contains(">Beheerlog</h1>").contains("ONBOARDING_REQUESTED").contains("gm0686");

		HttpResponse<String> csv = browser.get("/beheerlog.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("beheerlog.csv");
		assertThat(csv.body()).startsWith("tijd;wie;actie;gemeente;betreft;uitkomst;toelichting\n")
			.contains(";lse.admin;ONBOARDING_REQUESTED;gm0686;lot@gm0686.test.invalid;OK;Loggemeente");
		assertThat(browser.get("/beheerlog").body()).as("the export is recorded too").contains("ADMIN_LOG_EXPORTED");
	}

}
