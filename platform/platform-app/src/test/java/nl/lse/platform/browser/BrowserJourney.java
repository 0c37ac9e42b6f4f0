package nl.lse.platform.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import nl.lse.platform.testing.browser.Accessibility;
import nl.lse.platform.testing.browser.BrowserTest;
import nl.lse.platform.testing.browser.Chromium;
import nl.lse.platform.testing.browser.KeycloakLogin;
import nl.lse.platform.testing.browser.Screenshots;

/**
 * A journey through the portal in Debian's Chromium: log in through the real Keycloak
 * pages, open pages, fill forms, and check every page (no missing message key, no stack
 * trace, axe-core finds no serious or critical violation).
 */
abstract class BrowserJourney extends PlatformIntegrationTest implements BrowserTest {

	static final String BASE = "http://localhost:" + TestKeycloak.PORTAL_PORT;

	private @Nullable Chromium browser;

	@Override
	public @Nullable WebDriver driver() {
		return this.browser;
	}

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
			this.browser = null;
		}
	}

	Chromium browser() {
		if (this.browser == null) {
			this.browser = Chromium.start();
		}
		return this.browser;
	}

	void useBrowserWithoutJavaScript() {
		this.browser = Chromium.withoutJavaScript();
	}

	void logIn(String user, boolean checkLoginPages) {
		open("/");
		KeycloakLogin.logIn(browser(), user, "demo", checkLoginPages);
		waitFor((driver) -> driver.getCurrentUrl().startsWith(BASE));
	}

	void logOut() {
		button("Uitloggen");
		waitFor((driver) -> driver.getCurrentUrl().endsWith("/uitgelogd"));
		page("logged out");
	}

	void open(String path) {
		browser().get(BASE + path);
	}

	/** Every page: no untranslated key, no stack trace, and axe finds nothing serious. */
	void page(String name) {
		String source = browser().getPageSource();
		assertThat(source).as(name).doesNotContain("??").doesNotContain("Exception");
		Accessibility.assertAccessible(browser(), name);
	}

	String text() {
		return browser().findElement(By.tagName("body")).getText();
	}

	void click(By locator) {
		browser().findElement(locator).click();
	}

	/** Presses a form's button and waits for the page the server answers with. */
	void button(String text) {
		WebElement page = browser().findElement(By.tagName("html"));
		browser().findElement(By.xpath("//button[normalize-space()='" + text + "']")).click();
		waitFor((driver) -> {
			try {
				return ExpectedConditions.stalenessOf(page).apply(driver);
			}
			catch (WebDriverException gone) {
				// Chromium may say the node "does not belong to the document" instead of
				// stale: the old page is gone either way
				return gone.getMessage() != null && gone.getMessage().contains("does not belong to the document");
			}
		});
		waitFor((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	void expand(String summary) {
		browser().findElement(By.xpath("//summary[normalize-space()='" + summary + "']")).click();
	}

	void type(String id, String text) {
		WebElement field = browser().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	void choose(String id, String value) {
		new Select(browser().findElement(By.id(id))).selectByValue(value);
	}

	String error(String id) {
		return browser().findElement(By.id(id + "-fout")).getText().replaceFirst("^(Fout|Error):", "").trim();
	}

	void tabTo(Predicate<WebElement> target) {
		for (int i = 0; i < 60; i++) {
			keys(Keys.TAB);
			if (target.test(active())) {
				return;
			}
		}
		throw new AssertionError("Not reachable with the Tab key");
	}

	WebElement active() {
		return browser().switchTo().activeElement();
	}

	void keys(CharSequence... keys) {
		new Actions(browser()).sendKeys(keys).perform();
	}

	void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(browser(), Duration.ofSeconds(20)).until(condition::apply);
	}

	/**
	 * Screenshots for the documentation go to {@code target/screenshots}; copy them to
	 * {@code docs/screenshots} to refresh those (a test run leaves the sources alone).
	 */
	void screenshot(String name) {
		Screenshots.save(browser(), Path.of("target", "screenshots", name));
	}

}
