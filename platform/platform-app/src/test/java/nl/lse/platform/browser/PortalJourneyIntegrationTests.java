package nl.lse.platform.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import nl.lse.platform.casework.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static nl.lse.platform.casework.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import nl.lse.platform.testing.browser.Chromium;
import nl.lse.platform.testing.browser.KeycloakLogin;

/**
 * The portal's main journeys in Debian's Chromium, through the real Keycloak login pages,
 * with axe-core on every page (0 serious or critical violations).
 */
class PortalJourneyIntegrationTests extends BrowserJourney {

	private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

	@Test
	void caseDirectorTakesAFamilyFromSignalToClosure() {
		// the LSE worker has used the platform, so the case director can pick them by
		// name
		Api worker = new Api("lse.worker", "gm0363");
		assertThat(worker.get("").status()).isEqualTo(200);
		logIn("cd.amsterdam", true);
		page("start page");
		screenshot("start.png");
		click(By.linkText("Werkvoorraad"));
		page("work list");
		screenshot("work-list.png");
		choose("list", "MINE");
		choose("sort", "SEVERITY");
		button("Filteren");
		page("work list, filtered");
		assertThat(browser().getCurrentUrl()).contains("list=MINE", "sort=SEVERITY");
		click(By.linkText("Casussen"));
		page("case list");
		click(By.linkText("Casus openen"));
		page("new case");
		click(By.linkText("Signalen"));
		page("signal list");
		click(By.linkText("Signaal registreren"));
		page("new signal");
		button("Registreren");
		page("new signal with errors");
		assertThat(error("description")).isEqualTo("Vul dit veld in.");
		choose("source", "SCHOOL");
		type("description", "Leerling deelt extremistische filmpjes in de klas (fictief)");
		button("Registreren");
		page("signal");
		assertThat(text()).contains("Het signaal is geregistreerd.");

		choose("decision", "TRAJECTORY");
		button("Beoordeling vastleggen");
		page("triage refused by a rule");
		assertThat(error("severity")).isEqualTo("Geef de ernst (1 tot 4) van de nieuwe casus.");
		choose("trajectoryKind", "FAMILY_SUPPORT");
		choose("severity", "2");
		choose("supportLevel", "MEDIUM");
		button("Beoordeling vastleggen");
		page("case page");
		assertThat(text()).contains("Het signaal is beoordeeld.");

		expand("Betrokkene toevoegen");
		choose("person-role", "PARENT");
		type("person-name", "Moeder Journey (fictief)");
		button("Betrokkene toevoegen");
		page("case page with a person");
		expand("Teamlid toevoegen");
		choose("member-kind", "MUNICIPALITY_STAFF");
		type("member-subject", new Api("staff.amsterdam", "gm0363").subject);
		type("member-roleOnCase", "Collega wijkteam");
		type("member-reason", "Kent de familie");
		choose("member-basis", "LEGAL_TASK");
		button("Teamlid toevoegen");
		page("case page with a team member");
		expand("Lidmaatschap van Collega wijkteam beëindigen");
		button("Beëindigen");
		assertThat(text()).contains("Geef aan waarom het lidmaatschap eindigt");
		expand("Lidmaatschap van Collega wijkteam beëindigen");
		type(browser().findElement(By.cssSelector("input[name=reason]")).getDomAttribute("id"), "Niet meer nodig");
		button("Beëindigen");
		assertThat(text()).contains("Het lidmaatschap is beëindigd.", "Collega wijkteam uit het casusteam");
		click(By.linkText("Familiebegeleiding"));
		page("trajectory, referred");
		// intake needs an LSE worker: the page does not offer what the trajectory would
		// refuse
		assertThat(browser().findElements(By.xpath("//button[normalize-space()='Intake starten']"))).isEmpty();
		assertThat(text()).contains("Nog geen LSE-medewerker toegewezen");
		expand("LSE-medewerker toewijzen");
		choose("assign-lseWorker", worker.subject);
		button("Toewijzen");
		assertThat(text()).contains("Uitgevoerd door LSE-medewerker")
			.as("by name, not by account id")
			.doesNotContain(worker.subject);
		// LSE carries out the trajectory; the case director commissions, follows and
		// accepts
		assertThat(browser().findElements(By.xpath("//button[normalize-space()='Intake starten']"))).isEmpty();
		String trajectoryPage = browser().getCurrentUrl();
		logOut();

		logIn("lse.worker", false);
		browser().get(trajectoryPage);
		page("trajectory, referred, for the LSE worker");
		// the intake waits for the family's consent to the trajectory
		assertThat(browser().findElements(By.xpath("//button[normalize-space()='Intake starten']"))).isEmpty();
		expand("Toestemming vastleggen");
		choose("consent-personId",
				browser().findElement(By.cssSelector("#consent-personId option:nth-child(2)")).getAttribute("value"));
		choose("consent-capacity", "SELF");
		choose("consent-scope", "SUPPORT");
		button("Toestemming vastleggen");
		button("Intake starten");
		page("trajectory, intake");
		type("questions-questions", "Hoe praten we thuis over wat onze zoon online ziet?");
		button("Hulpvragen opslaan");
		button("Plan van aanpak opstellen");
		page("trajectory, planning");
		expand("Plan van aanpak opstellen");
		type("plan-goals", "Het gesprek thuis gaande houden");
		type("plan-actions", "1 | Wekelijks gesprek thuis | familieondersteuner");
		button("Plan opslaan");
		expand("Plan afspreken met de familie");
		type("agreement-agreedWith", "Moeder");
		button("Afspraak vastleggen");
		button("Begeleiding starten");
		page("trajectory, support");
		expand("Contact vastleggen");
		choose("contact-kind", "HOME_VISIT");
		type("contact-withWhom", "Moeder");
		type("contact-summary", "Kennismaking thuis (fictief)");
		button("Contact vastleggen");
		expand("Voortgang van hulpvraag 1 bijwerken");
		choose("question-1-status", "DONE");
		button("Voortgang opslaan");
		assertThat(text()).contains("Afgerond");
		expand("Nazorg afspreken");
		choose("aftercare-contactKind", "PHONE");
		button("Nazorg afspreken");
		page("trajectory, aftercare");
		expand("Nazorgcontact vastleggen");
		button("Nazorgcontact vastleggen");
		expand("Lokale partner kiezen die betrokken blijft");
		type("localPartner-name", "Wijkteam Oost");
		button("Lokale partner vastleggen");
		assertThat(text()).contains("Blijft betrokken na het LSE: Wijkteam Oost");
		expand("Overdracht starten");
		choose("handover-receiverKind", "MUNICIPALITY");
		type("handover-receiver", "Wijkteam Oost");
		button("Overdracht starten");
		page("trajectory, handover");
		expand("Checklist bijwerken");
		button("Checklist opslaan");
		assertThat(browser().findElements(By.xpath("//summary[normalize-space()='Overdracht accepteren']")))
			.as("the receiver accepts, not LSE")
			.isEmpty();
		logOut();

		logIn("cd.amsterdam", false);
		browser().get(trajectoryPage);
		page("trajectory, handover to accept");
		expand("Overdracht accepteren");
		button("Overdracht accepteren");
		page("trajectory, closed");
		assertThat(text()).contains("Afgesloten");
		click(By.partialLinkText("GM0363-"));
		page("case page, nothing open");
		assertThat(text()).contains("Er loopt geen werk van het LSE meer op deze casus.");
		expand("Casus sluiten");
		type("closing-reason", "De familie heeft voldoende steun in de wijk (fictief)");
		button("Casus sluiten");
		page("case page, closed");
		screenshot("case-page.png");
		assertThat(text()).contains("Gesloten", "Nazorgcontact", "Overdracht aan Wijkteam Oost geaccepteerd",
				"Wie zag deze casus");
		click(By.linkText("Bekijk wie deze casus zag"));
		page("who saw this case");
		click(By.linkText("Volgende pagina"));
		page("who saw this case, page 2");
		assertThat(browser().getCurrentUrl()).endsWith("/inzage?page=1");
		click(By.linkText("Vorige pagina"));
		assertThat(browser().getCurrentUrl()).endsWith("/inzage?page=0");
		click(By.linkText("Gebruikers"));
		page("the municipality's users");
		type("email", "geen-adres");
		button("Toevoegen");
		page("the municipality's users, with mistakes");
		assertThat(text()).contains("Controleer de volgende velden");
		logOut();
	}

	@Test
	void chainPartnerSeesOnlyItsOrganisationsCaseWithoutLseInternalNotes() {
		UUID police = police();
		Api director = new Api("cd.amsterdam", "gm0363");
		Api partner = new Api("partner.politie", "gm0363");
		director.put("/partner-affiliations/" + partner.subject,
				map("partnerOrganisationId", police, "since", "2020-01-01"));
		String worker = new Api("lse.worker", "gm0363").subject;
		Api.Response onTeam = director.post("/cases", map("severity", 2, "supportLevel", "LIGHT"));
		String caseId = onTeam.text("id");
		director.post("/cases/" + caseId + "/team", map("kind", "CHAIN_PARTNER", "basis", "COVENANT",
				"partnerOrganisationId", police, "roleOnCase", "Wijkagent", "reason", "Journey"));
		String trajectory = director
			.post("/cases/" + caseId + "/trajectories", map("kind", "FAMILY_SUPPORT", "lseWorker", worker))
			.text("id");
		Api lse = new Api("lse.worker", "gm0363");
		lse.post("/trajectories/" + trajectory + "/contacts", map("contactOn", TODAY, "kind", "PHONE", "withWhom",
				"Moeder", "summary", "ALLEEN-LSE-NOTITIE", "visibility", "LSE_INTERNAL"));
		lse.post("/trajectories/" + trajectory + "/contacts", map("contactOn", TODAY, "kind", "PHONE", "withWhom",
				"Moeder", "summary", "TEAM-NOTITIE", "visibility", "TEAM"));
		String notOnTeam = director.post("/cases", map("severity", 1, "supportLevel", "LIGHT")).text("reference");

		logIn("partner.politie", false);
		page("partner start page");
		click(By.linkText("Casussen"));
		page("partner case list");
		assertThat(text()).contains(onTeam.text("reference")).doesNotContain(notOnTeam);
		click(By.linkText(onTeam.text("reference")));
		page("partner case page");
		assertThat(text()).contains("TEAM-NOTITIE").doesNotContain("ALLEEN-LSE-NOTITIE");
		assertThat(browser().getPageSource()).doesNotContain("ALLEEN-LSE-NOTITIE");
		click(By.linkText("Familiebegeleiding"));
		page("partner trajectory page");
		assertThat(browser().getPageSource()).contains("TEAM-NOTITIE").doesNotContain("ALLEEN-LSE-NOTITIE");
		choose("lse-switch", "gm0599");
		button("Wisselen");
		page("partner start page in the other municipality");
		assertThat(browser().getCurrentUrl()).endsWith("/t/gm0599/");
		click(By.linkText("Casussen"));
		assertThat(text()).doesNotContain(onTeam.text("reference"));
	}

	@Test
	void otherMunicipalityGetsTheNotFoundPage() {
		String caseId = new Api("cd.amsterdam", "gm0363").post("/cases", map("severity", 1, "supportLevel", "LIGHT"))
			.text("id");
		logIn("cd.rotterdam", false);
		open("/t/gm0363/casussen/" + caseId);
		page("not found, other municipality");
		String other = browser().findElement(By.tagName("main")).getText();
		assertThat(other).contains("Niet gevonden");
		open("/t/gm0599/casussen/" + caseId);
		page("not found, hidden in own municipality");
		assertThat(browser().findElement(By.tagName("main")).getText()).isEqualTo(other);
		open("/t/gm0599/casussen/" + UUID.randomUUID());
		assertThat(browser().findElement(By.tagName("main")).getText()).isEqualTo(other);
	}

	@Test
	void caseDirectorRegistersASignalWithTheKeyboardOnly() {
		logIn("cd.amsterdam", false);
		tabTo((element) -> "Signaal registreren".equals(element.getText()));
		keys(Keys.ENTER);
		waitFor((driver) -> driver.getCurrentUrl().endsWith("/signalen/nieuw"));
		page("new signal, keyboard");
		tabTo((element) -> "source".equals(element.getAttribute("id")));
		keys("Politie");
		keys(Keys.TAB);
		assertThat(active().getAttribute("id")).isEqualTo("description");
		keys("Zorgen van de wijkagent over een jongere (fictief)");
		tabTo((element) -> "Registreren".equals(element.getText()));
		keys(Keys.ENTER);
		waitFor((driver) -> driver.getCurrentUrl().matches(".*/signalen/[0-9a-f-]{36}"));
		page("signal, keyboard");
		assertThat(text()).contains("Politie", "Zorgen van de wijkagent");
	}

	@Test
	void formBasedOnAnOlderVersionKeepsWhatWasTypedAndSavesOnTheSecondTry() {
		Api director = new Api("cd.amsterdam", "gm0363");
		String caseId = director.post("/cases", map("severity", 1, "supportLevel", "LIGHT")).text("id");
		String worker = new Api("lse.worker", "gm0363").subject;
		Api.Response referred = director.post("/cases/" + caseId + "/trajectories",
				map("kind", "FAMILY_SUPPORT", "lseWorker", worker));
		String trajectory = "/trajectories/" + referred.text("id");
		Api lse = new Api("lse.worker", "gm0363");
		String parent = director
			.post("/cases/" + caseId + "/persons",
					map("role", "PARENT", "name", "Ouder (fictief)", "yearOfBirth", 1980))
			.text("id");
		Api.Response consent = lse.post(trajectory + "/consents",
				map("personId", parent, "scope", "SUPPORT", "givenOn", TODAY));
		assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
		Api.Response intake = lse.post(trajectory + "/intake", map("version", lse.get(trajectory).version()));
		assertThat(intake.status()).as(intake.toString()).isEqualTo(200);
		logIn("lse.worker", false);
		open("/t/gm0363/trajecten/" + referred.text("id"));
		type("questions-questions", "Een vraag die niet verloren mag gaan");
		lse.post(trajectory + "/contacts", map("contactOn", TODAY, "kind", "PHONE", "withWhom", "Vader", "summary",
				"Intussen gebeld (fictief)", "visibility", "TEAM"));
		button("Hulpvragen opslaan");
		page("trajectory, changed meanwhile");
		assertThat(text()).contains("Iemand anders heeft dit intussen gewijzigd.");
		assertThat(browser().findElement(By.id("questions-questions")).getDomProperty("value"))
			.isEqualTo("Een vraag die niet verloren mag gaan");
		button("Hulpvragen opslaan");
		assertThat(text()).contains("De wijziging is vastgelegd.", "Een vraag die niet verloren mag gaan");
	}

	@Test
	void pagesSpeakEnglishWhenTheBrowserAsks() {
		logIn("cd.amsterdam", false);
		browser().executeCdpCommand("Network.enable", Map.of());
		browser().executeCdpCommand("Network.setExtraHTTPHeaders",
				Map.of("headers", Map.of("Accept-Language", "en-GB,en;q=0.8")));
		open("/t/gm0363/");
		page("start page in English");
		assertThat(browser().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(text()).contains("My work");
		open("/t/gm0363/signalen/nieuw");
		button("Register");
		page("new signal with errors in English");
		assertThat(error("description")).isEqualTo("Fill in this field.");
	}

	/**
	 * The Dutch login pages are checked by the journeys that log in with the check on;
	 * here the English ones, by both engines.
	 */
	@Test
	void theLoginPagesInEnglishPassBothEngines() {
		browser().executeCdpCommand("Network.enable", Map.of());
		browser().executeCdpCommand("Network.setExtraHTTPHeaders",
				Map.of("headers", Map.of("Accept-Language", "en-GB,en;q=0.8")));
		open("/");
		waitFor((driver) -> !driver.findElements(By.id("username")).isEmpty());
		assertThat(browser().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		KeycloakLogin.logIn(browser(), "cd.amsterdam", "demo", true);
		waitFor((driver) -> driver.getCurrentUrl().startsWith(BASE));
		assertThat(text()).contains("My work");
	}

	@Test
	void idleWarningOffersToStaySignedIn() {
		logIn("cd.amsterdam", false);
		WebElement warning = browser().findElement(By.id("lse-idle-warning"));
		assertThat(warning.isDisplayed()).isFalse();
		// the session lasts 30 minutes: run the page's own script again as if it had 125
		// seconds
		browser().executeScript("""
				document.getElementById('lse-idle-warning').setAttribute('data-seconds', '125');
				const again = document.createElement('script');
				again.src = '/js/idle.js';
				document.body.appendChild(again);""");
		waitFor((driver) -> warning.isDisplayed());
		page("start page with the idle warning");
		assertThat(active().getText()).isEqualTo("Ingelogd blijven");
		keys(Keys.ENTER);
		waitFor((driver) -> !warning.isDisplayed());
	}

	@Test
	void expiredSessionKeepsWhatWasTypedWithoutJavaScript() {
		useBrowserWithoutJavaScript();
		open("/");
		KeycloakLogin.logIn(browser(), "cd.amsterdam", "demo");
		open("/t/gm0363/signalen/nieuw");
		choose("source", "POLICE");
		type("description", "Tekst die niet verloren mag gaan (fictief)");
		browser().manage().deleteCookieNamed("SESSION");
		button("Registreren");
		page("session expired");
		assertThat(text()).contains("Uw sessie is verlopen", "Er is niets opgeslagen.");
		assertThat(browser().findElements(By.tagName("textarea")).stream().map(WebElement::getText))
			.contains("Tekst die niet verloren mag gaan (fictief)", "POLICE");
	}

	private static UUID police() {
		return Api.amsterdamPolice();
	}

}
