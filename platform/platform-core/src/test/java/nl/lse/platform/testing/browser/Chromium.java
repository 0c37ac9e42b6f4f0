package nl.lse.platform.testing.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium driven through Debian's chromedriver, never anything that
 * Selenium Manager would download: the driver path is always given. Each browser has a
 * fresh profile in a temporary directory, Dutch as its language (and
 * {@code Accept-Language: nl-NL,nl}), a 1280x1000 window (the page gets 1280x857 of it),
 * no implicit wait (use {@code WebDriverWait}) and none of Chromium's background traffic
 * to Google. {@link #quit()} it in {@code @AfterEach} or {@code @AfterAll}: that also
 * removes the profile; browsers still open when the JVM exits are quit then. (Its
 * {@code close()} is WebDriver's: it closes the current window only.)
 * <p>
 * {@link #withoutJavaScript()} runs no script of the pages (and shows their
 * {@code <noscript>}) in its first tab, through the DevTools command
 * {@code Emulation.setScriptExecutionDisabled}; {@link Accessibility} lifts that for the
 * time of an axe run on the page as it is. Not the Chrome preference
 * {@code profile.managed_default_content_settings.javascript}: that also stops the timers
 * of injected scripts, so axe never finishes.
 * <p>
 * Paths: system property or environment variable {@code LSE_CHROMEDRIVER} (default
 * {@code /usr/bin/chromedriver}) and {@code LSE_CHROMIUM} (default
 * {@code /usr/bin/chromium}).
 *
 * <pre>
 * Chromium browser = Chromium.start();
 * browser.get(portal + "/cases");
 * browser.quit();
 * </pre>
 */
public final class Chromium extends ChromeDriver {

	public static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);

	public static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);

	public static final String HOST_RESOLVER_RULES = "MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE [::1]";

	private static final String INSTALL = "run `apt-get install chromium chromium-driver` (as .ci/run does)";

	/**
	 * Selenium warns at every start that it has no CDP classes for this Chromium; the
	 * helpers use none (the DevTools command above goes through chromedriver).
	 */
	private static final List<Logger> QUIETED = List.of(
			Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
			Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

	private static final Set<Chromium> OPEN = ConcurrentHashMap.newKeySet();

	static {
		QUIETED.forEach((logger) -> logger.setLevel(Level.SEVERE));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(Chromium::quit), "chromium-quit"));
	}

	private final Path profile;

	private final boolean javaScript;

	private Chromium(ChromeDriverService service, ChromeOptions options, Path profile, boolean javaScript) {
		super(service, options);
		this.profile = profile;
		this.javaScript = javaScript;
		OPEN.add(this);
	}

	/** A headless Chromium that runs the pages' JavaScript. */
	public static Chromium start() {
		return start(true);
	}

	/** A headless Chromium that runs no script of the pages, for the no-JS paths. */
	public static Chromium withoutJavaScript() {
		return start(false);
	}

	public static Chromium start(boolean javaScript) {
		File driver = executable("LSE_CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver");
		File binary = executable("LSE_CHROMIUM", "/usr/bin/chromium", "Chromium");
		Path profile;
		try {
			profile = Files.createTempDirectory("lse-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No temporary directory for the Chromium profile", ex);
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
			.usingAnyFreePort()
			.withSilent(true)
			.build();
		Chromium browser;
		try {
			browser = new Chromium(service, options(binary, profile), profile, javaScript);
		}
		catch (RuntimeException ex) {
			service.stop();
			delete(profile);
			throw new IllegalStateException("Chromium did not start (" + binary + " driven by " + driver
					+ "): check that both are Debian's of the same version, or " + INSTALL, ex);
		}
		if (!javaScript) {
			try {
				browser.pageScripts(false);
			}
			catch (RuntimeException ex) {
				browser.quit();
				throw ex;
			}
		}
		return browser;
	}

	public static ChromeOptions options(File binary, Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(binary);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--no-default-browser-check", "--disable-default-apps", "--disable-client-side-phishing-detection",
				"--disable-domain-reliability", "--metrics-recording-only", "--password-store=basic",
				"--disable-extensions", "--disable-component-extensions-with-background-pages",
				"--disable-search-engine-choice-screen", "--disable-breakpad",
				"--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
				// only loopback names resolve: the flags above still leave lookups of
				// Google
				// and DuckDuckGo hosts (sign-in, updates, the search engine's preconnect)
				"--host-resolver-rules=" + HOST_RESOLVER_RULES, "--lang=nl-NL", "--window-size=1280,1000",
				"--user-data-dir=" + profile);
		Map<String, Object> prefs = new HashMap<>();
		prefs.put("intl.accept_languages", "nl-NL,nl");
		// no password manager: its leak check of the demo password would call Google
		prefs.put("credentials_enable_service", false);
		prefs.put("profile.password_manager_enabled", false);
		prefs.put("profile.password_manager_leak_detection", false);
		prefs.put("safebrowsing.enabled", false);
		prefs.put("translate.enabled", false);
		options.setExperimentalOption("prefs", prefs);
		options.setImplicitWaitTimeout(Duration.ZERO);
		options.setPageLoadTimeout(PAGE_LOAD_TIMEOUT);
		options.setScriptTimeout(SCRIPT_TIMEOUT);
		return options;
	}

	/** Whether this browser runs the pages' JavaScript. */
	public boolean javaScript() {
		return this.javaScript;
	}

	/**
	 * Runs {@code action} with the current tab's scripts on, also in a browser
	 * {@link #withoutJavaScript()}: the page stays as it was rendered without them.
	 */
	public <T> T withPageScripts(Supplier<T> action) {
		if (this.javaScript) {
			return action.get();
		}
		pageScripts(true);
		try {
			return action.get();
		}
		finally {
			pageScripts(false);
		}
	}

	private void pageScripts(boolean enabled) {
		executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
	}

	@Override
	public void quit() {
		if (!OPEN.remove(this)) {
			return;
		}
		try {
			super.quit();
		}
		catch (WebDriverException ex) {
			// already gone: the profile still goes
		}
		finally {
			delete(this.profile);
		}
	}

	private static File executable(String name, String fallback, String what) {
		String configured = configured(name);
		File file = new File((configured != null) ? configured : fallback);
		if (!file.canExecute()) {
			throw new IllegalStateException("No " + what + " at " + file
					+ ((configured != null) ? " (" + name + ")" : " (set " + name + " to another path)") + ": "
					+ INSTALL);
		}
		return file;
	}

	private static @Nullable String configured(String name) {
		String value = System.getProperty(name);
		if (value == null || value.isBlank()) {
			value = System.getenv(name);
		}
		return (value == null || value.isBlank()) ? null : value;
	}

	private static void delete(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// a temporary directory: best effort
		}
	}

}
