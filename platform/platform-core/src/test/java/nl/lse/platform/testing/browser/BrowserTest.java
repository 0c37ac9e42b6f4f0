package nl.lse.platform.testing.browser;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A test class that drives a browser: implementing this registers
 * {@link BrowserFailures}, which saves a screenshot and the page source of
 * {@link #driver()} when a test fails.
 *
 * <pre>
 * class CaseJourneyTests implements BrowserTest {
 *
 * 	private Chromium browser;
 *
 * 	public WebDriver driver() {
 * 		return this.browser;
 * 	}
 * }
 * </pre>
 */
@ExtendWith(BrowserFailures.class)
public interface BrowserTest {

	/** The browser of the test that just ran, or null when it has none (yet). */
	@Nullable WebDriver driver();

}
