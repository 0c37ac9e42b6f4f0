package nl.lse.admin.browser;

import java.nio.file.Path;
import java.time.Duration;

import nl.lse.admin.AdminTestKeycloak;
import nl.lse.admin.TenantAdminIntegrationTest;
import nl.lse.platform.testing.browser.Accessibility;
import nl.lse.platform.testing.browser.BrowserTest;
import nl.lse.platform.testing.browser.Chromium;
import nl.lse.platform.testing.browser.KeycloakLogin;
import nl.lse.platform.testing.browser.Screenshots;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's round through LSE beheer in a real browser: the Keycloak login,
 * every page (also a form with mistakes and an onboarding's progress), each checked by
 * axe-core and HTML_CodeSniffer as the portal's pages are (WCAG 2.2 AA; none serious or
 * critical, no errors), in the portal's look (the NL Design System stylesheets load).
 */
class AdminPagesBrowserIntegrationTests extends TenantAdminIntegrationTest implements BrowserTest {

	private static final String CODE = "gm0679";

	private @Nullable Chromium browser;

	@Override
	public @Nullable WebDriver driver() {
		return this.browser;
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void everyPageIsAccessibleInThePortalsLook() {
		Chromium chromium = Chromium.start();
		this.browser = chromium;
		String admin = "http://localhost:" + AdminTestKeycloak.ADMIN_PORT;
		chromium.get(admin + "/");
		KeycloakLogin.logIn(chromium, "lse.admin", "demo");
		assertThat(chromium.getCurrentUrl()).isEqualTo(admin + "/gemeenten");
		check(chromium, "Gemeenten");
		// the Utrecht components and the LSE theme are applied, not only linked
		assertThat(chromium.findElement(By.cssSelector(".lse-header")).getCssValue("display")).isNotEqualTo("inline");
		assertThat(chromium.findElement(By.tagName("body")).getAttribute("class")).contains("lse-theme");

		chromium.get(admin + "/gemeenten/nieuw");
		check(chromium, "Gemeente aansluiten");
		chromium.findElement(By.id("code")).sendKeys("0679");
		chromium.findElement(By.id("directorEmail")).sendKeys("geen-adres");
		chromium.findElement(By.cssSelector("form[action='/gemeenten'] button[type=submit]")).click();
		assertThat(chromium.getPageSource()).contains("Controleer de aanvraag");
		check(chromium, "Gemeente aansluiten (met fouten)");

		chromium.findElement(By.id("code")).clear();
		chromium.findElement(By.id("code")).sendKeys(CODE);
		chromium.findElement(By.id("name")).sendKeys("Toegankelijkheidsgemeente");
		chromium.findElement(By.id("retentionYears")).clear();
		chromium.findElement(By.id("retentionYears")).sendKeys("7");
		chromium.findElement(By.id("directorName")).sendKeys("Tara Toegang");
		chromium.findElement(By.id("directorEmail")).clear();
		chromium.findElement(By.id("directorEmail")).sendKeys("tara@" + CODE + ".test.invalid");
		chromium.findElement(By.cssSelector("form[action='/gemeenten'] button[type=submit]")).click();
		assertThat(chromium.getCurrentUrl()).isEqualTo(admin + "/gemeenten/" + CODE);
		check(chromium, "Voortgang van het aansluiten");
		// the page follows the run by itself (its script asks for the steps; no reload
		// here)
		new WebDriverWait(chromium, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
			.until((driver) -> driver.findElement(By.id("voortgang"))
				.getText()
				.contains("De gemeente is aangesloten en actief."));
		check(chromium, "Voortgang (klaar)");

		Screenshots.save(chromium, Path.of("target", "screenshots", "beheer-voortgang.png"));

		chromium.get(admin + "/gemeenten/" + CODE + "/gebruikers");
		check(chromium, "Gebruikers van een gemeente");
		chromium.get(admin + "/gemeenten/" + CODE + "/partners");
		check(chromium, "Ketenpartners van een gemeente");
		chromium.get(admin + "/partners");
		check(chromium, "Ketenpartners");
		chromium.get(admin + "/medewerkers");
		check(chromium, "LSE-medewerkers");
		chromium.get(admin + "/gemeenten/bestand");
		check(chromium, "Meerdere gemeenten");
		chromium.get(admin + "/beheerlog");
		check(chromium, "Beheerlog");
		chromium.get(admin + "/gemeenten/gm0000");
		check(chromium, "Niet gevonden");
	}

	private static void check(Chromium chromium, String page) {
		assertThat(chromium.getPageSource()).as(page).doesNotContain("Exception").doesNotContain("??");
		Accessibility.assertAccessible(chromium, "LSE beheer: " + page);
	}

}
