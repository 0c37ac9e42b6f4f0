package nl.lse.platform.testing.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Logs a user in through Keycloak's real login pages. With Organizations enabled the
 * login is identity-first: a page with the username ({@code #username}), then one with
 * the password ({@code #password}), each submitted with {@code #kc-login}. Starts on the
 * first of them (where the portal sent the browser) and returns once the browser has left
 * Keycloak's origin again, i.e. is back at the portal. Fails (AssertionError) with
 * Keycloak's own error text as soon as Keycloak shows one (unknown user, wrong password),
 * otherwise after {@link #TIMEOUT}.
 *
 * <pre>
 * browser.get(portal + "/");
 * KeycloakLogin.logIn(browser, "cd.amsterdam", "demo", true);
 * </pre>
 */
public final class KeycloakLogin {

	public static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final By USERNAME = By.id("username");

	private static final By PASSWORD = By.id("password");

	private static final By SUBMIT = By.id("kc-login");

	/** Keycloak's messages at a field: {@code #input-error-username}, ... */
	private static final By FIELD_ERRORS = By.cssSelector("[id^=input-error]");

	/** Everything that may say what went wrong, for the failure message. */
	private static final By ERRORS = By
		.cssSelector("[id^=input-error], .kc-feedback-text, .alert-error, .pf-v5-c-alert__title, .pf-m-danger");

	private KeycloakLogin() {
	}

	/** Logs in without checking the login pages' accessibility. */
	public static void logIn(WebDriver driver, String username, String password) {
		logIn(driver, username, password, false);
	}

	/**
	 * Logs in; with {@code checkAccessibility} each of the two Keycloak pages goes
	 * through {@link Accessibility#assertAccessible} first (once per test run is enough).
	 */
	public static void logIn(WebDriver driver, String username, String password, boolean checkAccessibility) {
		WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
		wait.ignoring(StaleElementReferenceException.class);
		await(driver, wait, (current) -> displayed(current, USERNAME), "the Keycloak username page");
		String keycloak = origin(driver.getCurrentUrl());
		if (checkAccessibility) {
			Accessibility.assertAccessible(driver, "Keycloak login: username");
		}
		WebElement usernameField = driver.findElement(USERNAME);
		usernameField.clear();
		usernameField.sendKeys(username);
		submit(driver, usernameField);
		await(driver, wait, (current) -> displayed(current, PASSWORD) || !fieldErrors(current).isEmpty(),
				"the Keycloak password page for " + username);
		if (!displayed(driver, PASSWORD)) {
			throw failure(driver, "Keycloak did not ask the password of " + username);
		}
		if (checkAccessibility) {
			Accessibility.assertAccessible(driver, "Keycloak login: password");
		}
		WebElement passwordField = driver.findElement(PASSWORD);
		passwordField.sendKeys(password);
		submit(driver, passwordField);
		await(driver, wait,
				(current) -> !keycloak.equals(origin(current.getCurrentUrl())) || !fieldErrors(current).isEmpty(),
				"the portal after logging in " + username);
		if (keycloak.equals(origin(driver.getCurrentUrl()))) {
			throw failure(driver, "Keycloak did not log " + username + " in");
		}
	}

	private static void submit(WebDriver driver, WebElement field) {
		List<WebElement> buttons = driver.findElements(SUBMIT);
		if (buttons.isEmpty()) {
			field.sendKeys(Keys.ENTER);
		}
		else {
			buttons.get(0).click();
		}
	}

	private static boolean displayed(WebDriver driver, By locator) {
		return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
	}

	private static List<String> fieldErrors(WebDriver driver) {
		return texts(driver, FIELD_ERRORS);
	}

	private static List<String> texts(WebDriver driver, By locator) {
		return driver.findElements(locator)
			.stream()
			.map(WebElement::getText)
			.map(String::strip)
			.filter((text) -> !text.isEmpty())
			.distinct()
			.toList();
	}

	private static void await(WebDriver driver, WebDriverWait wait, Function<WebDriver, Boolean> condition,
			String what) {
		try {
			wait.until(condition);
		}
		catch (TimeoutException ex) {
			AssertionError failure = failure(driver, "Waited " + TIMEOUT.toSeconds() + "s for " + what);
			failure.initCause(ex);
			throw failure;
		}
	}

	private static AssertionError failure(WebDriver driver, String what) {
		String errors = String.join("; ", texts(driver, ERRORS));
		return new AssertionError(what + ", still at " + driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\")"
				+ (errors.isEmpty() ? "" : ", Keycloak says: " + errors));
	}

	private static String origin(String url) {
		try {
			URI uri = URI.create(url);
			return uri.getScheme() + "://" + uri.getAuthority();
		}
		catch (IllegalArgumentException ex) {
			return url;
		}
	}

}
