package nl.lse.platform.browser;

import java.util.List;

import nl.lse.platform.casework.Api;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LSE side of the portal in the browser: the central office pages, and a general
 * question from a municipality taken up, answered and closed.
 */
class CentralPagesIntegrationTests extends BrowserJourney {

	@Test
	void coordinatorUsesTheCentralOfficePages() {
		logIn("lse.coordinator", false);
		page("home of LSE staff");
		open("/central");
		page("central overview");
		click(By.linkText("Niet toegewezen aanvragen"));
		page("central unassigned requests");
		open("/central/bijeenkomsten");
		page("central peer meetings");
		type("region", "");
		button("Registreren");
		page("central peer meetings with errors");
		assertThat(text()).contains("Vul dit veld in.");
		type("region", "Noord-Holland");
		type("facilitator", "Begeleider (fictief)");
		type("participants", "7");
		button("Registreren");
		page("central peer meetings, saved");
		assertThat(text()).contains("De bijeenkomst is geregistreerd.", "Noord-Holland");
	}

	@Test
	void aWorkerRecordsASelfReferralAndTheFamilysAgreementMovesItToTheMunicipality() {
		logIn("lse.worker", false);
		open("/central");
		click(By.linkText("Zelfmeldingen"));
		page("self-referrals");
		button("Vastleggen");
		page("self-referrals with errors");
		assertThat(text()).contains("Kies de gemeente waar de familie woont.", "Vul dit veld in");
		choose("municipality", "gm0363");
		type("contactName", "Tante Smit (browsertest, fictief)");
		type("contactDetails", "06-11111111");
		type("note", "Belt liever na 18 uur.");
		button("Vastleggen");
		page("self-referrals, recorded");
		assertThat(text()).contains("De zelfmelding is vastgelegd.", "Tante Smit (browsertest, fictief)");
		browser().findElement(By.xpath("//tr[contains(., 'Tante Smit (browsertest')]//button[contains(., 'Stemt in')]"))
			.click();
		page("self-referrals, moved");
		assertThat(text()).contains("de melding staat nu als signaal bij de gemeente")
			.doesNotContain("Tante Smit (browsertest, fictief)");
		logOut();

		logIn("cd.amsterdam", false);
		String signal = TestDatabase.get()
			.superuser()
			.queryForObject("select id::text from tenant_gm0363.signal where description like ?", String.class,
					"%Tante Smit (browsertest%");
		open("/t/gm0363/signalen/" + signal);
		page("signal from a self-referral");
		assertThat(text()).contains("Familie zelf", "Tante Smit (browsertest, fictief)", "06-11111111");
		open("/central/zelfmeldingen");
		assertThat(text()).as("a case director does not reach LSE's records").contains("Niet gevonden");
	}

	@Test
	void coordinatorsWorkListLeadsToCasePagesItMayOpen() {
		Api director = new Api("cd.amsterdam", "gm0363");
		String caseId = director.post("/cases", map("severity", 2, "supportLevel", "LIGHT")).text("id");
		String reference = director.get("/cases/" + caseId).text("reference");
		String trajectory = director.post("/cases/" + caseId + "/trajectories", map("kind", "INDIVIDUAL_GUIDANCE"))
			.text("id");
		// the worker has used the platform, so the coordinator finds them by name
		Api worker = new Api("lse.worker", "gm0363");
		assertThat(worker.get("").status()).isEqualTo(200);
		logIn("lse.coordinator", false);
		open("/t/gm0363/werk?reference=" + reference);
		page("coordinator work list, one case");
		choose("reassign-" + trajectory, worker.subject);
		browser().findElement(By.id("reassign-" + trajectory))
			.findElement(By.xpath("./ancestor::form//button"))
			.click();
		page("coordinator work list, assigned");
		assertThat(text()).contains("De aanvraag is toegewezen.");
		assertThat(director.get("/trajectories/" + trajectory).text("lseWorker")).isEqualTo(worker.subject);
		open("/t/gm0363/werk");
		page("coordinator work list");
		List<String> links = browser().findElements(By.cssSelector("main table a"))
			.stream()
			.map((link) -> link.getDomProperty("href"))
			.limit(5)
			.toList();
		assertThat(links).isNotEmpty().allMatch((link) -> link.contains("/casussen/"));
		for (String link : links) {
			browser().get(link);
			page("coordinator case page");
			assertThat(text()).doesNotContain("Niet gevonden");
		}
	}

	@Test
	void generalQuestionIsTakenUpAnsweredAndClosed() {
		String question = "Hoe herkennen scholen online radicalisering? (fictief, browsertest)";
		String id = new Api("cd.amsterdam", "gm0363").post("/consultations", map("question", question)).text("id");
		logIn("lse.worker", false);
		open("/t/gm0363/consultaties/" + id);
		page("consultation, requested");
		button("Oppakken");
		page("consultation, in progress");
		button("Advies vastleggen");
		page("consultation, advice refused");
		assertThat(text()).contains("Vul dit veld in.");
		type("advice", "Gebruik de handreiking voor scholen (fictief).");
		button("Advies vastleggen");
		page("consultation, advised");
		assertThat(text()).contains("Geadviseerd", "Gebruik de handreiking");
		logOut();

		logIn("cd.amsterdam", false);
		click(By.linkText("Consultaties"));
		page("consultation list");
		open("/t/gm0363/consultaties/" + id);
		button("Afsluiten");
		page("consultation, closed");
		assertThat(text()).contains("Afgesloten");
		click(By.linkText("Consultaties"));
		click(By.linkText("Algemene vraag stellen"));
		page("new general question");
		open("/t/gm0363/consultaties/niet-een-id");
		page("not found, malformed id");
		assertThat(text()).contains("Niet gevonden");
	}

}
