package nl.lse.platform.testing.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Saves what the browser showed when a test failed: a screenshot and the page source in
 * {@code target/browser-failures/<TestClass>-<method>.png} and {@code .html} (with
 * {@code -<n>} for the n-th invocation of a parameterized or repeated test). Registered
 * by implementing {@link BrowserTest}, which gives the driver (the innermost test
 * instance that implements it, so {@code @Nested} classes work too).
 * <p>
 * Runs right after the test method, before {@code @AfterEach} can quit the browser. It
 * never throws: when the capture fails, it says so on stderr and the test's own failure
 * is reported as it was.
 */
public final class BrowserFailures implements AfterTestExecutionCallback {

	public static final Path DIRECTORY = Path.of("target", "browser-failures");

	private static final Pattern INVOCATION = Pattern.compile("\\[test-template-invocation:#(\\d+)]$");

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isEmpty()) {
			return;
		}
		try {
			WebDriver driver = driver(context);
			if (driver != null) {
				capture(driver, name(context));
			}
		}
		catch (Throwable ex) {
			if (ex instanceof VirtualMachineError error) {
				throw error;
			}
			System.err.println(
					"Could not capture the browser of failed test " + context.getDisplayName() + ": " + summary(ex));
		}
	}

	/**
	 * Saves the page source and the screenshot as {@code <name>.html} and
	 * {@code <name>.png}, each as far as the browser still gives it.
	 */
	public static void capture(WebDriver driver, String name) throws IOException {
		Files.createDirectories(DIRECTORY);
		Path html = DIRECTORY.resolve(name + ".html");
		Path png = DIRECTORY.resolve(name + ".png");
		try {
			Files.writeString(html, "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
					StandardCharsets.UTF_8);
			System.err.println("Page source at failure: " + html.toAbsolutePath());
		}
		catch (RuntimeException ex) {
			System.err.println("No page source of the failed test: " + summary(ex));
		}
		try {
			Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			System.err.println("Screenshot at failure: " + png.toAbsolutePath());
		}
		catch (RuntimeException ex) {
			System.err.println("No screenshot of the failed test: " + summary(ex));
		}
	}

	private static @Nullable WebDriver driver(ExtensionContext context) {
		List<Object> instances = context.getRequiredTestInstances().getAllInstances();
		for (int i = instances.size() - 1; i >= 0; i--) {
			if (instances.get(i) instanceof BrowserTest test) {
				return test.driver();
			}
		}
		return null;
	}

	private static String summary(Throwable ex) {
		String message = String.valueOf(ex.getMessage());
		return ex.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("");
	}

	public static String name(ExtensionContext context) {
		String testClass = context.getRequiredTestClass().getName();
		testClass = testClass.substring(testClass.lastIndexOf('.') + 1);
		String name = testClass + "-" + context.getRequiredTestMethod().getName();
		Matcher invocation = INVOCATION.matcher(context.getUniqueId());
		if (invocation.find()) {
			name += "-" + invocation.group(1);
		}
		return name.replaceAll("[^A-Za-z0-9._$-]", "_");
	}

}
