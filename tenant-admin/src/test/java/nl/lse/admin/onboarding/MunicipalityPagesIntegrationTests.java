package nl.lse.admin.onboarding;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import nl.lse.admin.AdminTestKeycloak;
import nl.lse.admin.TenantAdminIntegrationTest;
import nl.lse.platform.testing.HttpBrowser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * LSE beheer's pages through the real Keycloak login: an administrator lands on the list,
 * a form with mistakes says each in Dutch and keeps what was typed, a good one shows the
 * onboarding's progress until the municipality is active; anyone else is refused.
 */
class MunicipalityPagesIntegrationTests extends TenantAdminIntegrationTest {

	@Test
	void anAdministratorOnboardsAMunicipalityFromTheForm() throws Exception {
		HttpBrowser browser = new HttpBrowser("http://localhost:" + AdminTestKeycloak.ADMIN_PORT);
		HttpResponse<String> start = browser.login("lse.admin", "/");
		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(start.uri().getPath()).isEqualTo("/gemeenten");
		assertThat(start.body()).contains(">Gemeenten</h1>").contains("Uitloggen");

		HttpResponse<String> form = browser.get("/gemeenten/nieuw");
		HttpResponse<String> refused = browser.submit(form, "/gemeenten", Map.of("code", "0363", "name", " ",
				"retentionYears", "zeven", "directorName", "Petra Pagina", "directorEmail", "geen-adres"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Controleer de aanvraag")
			.contains("De CBS-code is &#39;gm&#39; met vier cijfers")
			.contains("Vul de naam van de gemeente in.")
			.contains("De bewaartermijn is een aantal jaren")
			.contains("Dit is geen geldig e-mailadres.")
			.contains("value=\"Petra Pagina\"")
			.doesNotContain("Exception");

		HttpResponse<String> progress = browser.submit(refused, "/gemeenten",
				Map.of("code", "gm0680", "name", "Paginagemeente", "retentionYears", "7", "directorName",
						"Petra Pagina", "directorEmail", "petra@gm0680.test.invalid"));
		assertThat(progress.uri().getPath()).isEqualTo("/gemeenten/gm0680");
		assertThat(progress.body()).contains("Paginagemeente (gm0680)").contains("Eerste casusregisseur");
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(browser.get("/gemeenten/gm0680").body())
				.contains("De gemeente is aangesloten en actief."));
		assertThat(browser.get("/gemeenten").body()).contains("gm0680").contains("Paginagemeente");
		HttpResponse<String> users = browser.get("/gemeenten/gm0680/gebruikers");
		assertThat(users.body()).contains("petra@gm0680.test.invalid").contains("casusregie");
		HttpResponse<String> wrong = browser.submit(users, "/gemeenten/gm0680/gebruikers",
				Map.of("name", "", "email", "geen-adres", "role", "MUNICIPALITY_STAFF"));
		assertThat(wrong.body()).contains("Vul de naam in.")
			.contains("Dit is geen geldig e-mailadres.")
			.contains("value=\"geen-adres\"");
		HttpResponse<String> added = browser.submit(wrong, "/gemeenten/gm0680/gebruikers",
				Map.of("name", "Mo Medewerker", "email", "mo@gm0680.test.invalid", "role", "MUNICIPALITY_STAFF"));
		assertThat(added.body()).contains("mo@gm0680.test.invalid is toegevoegd.").contains("medewerkers");
		java.util.regex.Matcher remove = java.util.regex.Pattern.compile(
				"/gemeenten/gm0680/gebruikers/([0-9a-f-]{36})/verwijderen\"(?:(?!</form>).)*?Verwijder Mo Medewerker",
				java.util.regex.Pattern.DOTALL)
			.matcher(added.body());
		assertThat(remove.find()).as("a remove button for Mo").isTrue();
		HttpResponse<String> removed = browser.submit(added,
				"/gemeenten/gm0680/gebruikers/" + remove.group(1) + "/verwijderen", Map.of());
		assertThat(removed.body()).contains("de toegang is meteen weg").doesNotContain("mo@gm0680.test.invalid");

		assertThat(browser.get("/gemeenten/bestand").body()).contains(">Meerdere gemeenten aansluiten</h1>")
			.contains("enctype=\"multipart/form-data\"");
	}

	@Test
	void aCaseDirectorIsRefused() throws Exception {
		HttpBrowser browser = new HttpBrowser("http://localhost:" + AdminTestKeycloak.ADMIN_PORT);
		assertThat(browser.login("cd.amsterdam", "/gemeenten").statusCode()).isEqualTo(403);
	}

}
