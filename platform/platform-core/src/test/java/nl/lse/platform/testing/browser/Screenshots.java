package nl.lse.platform.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Screenshots of the current page for the documentation (docs/screenshots/): PNG, the
 * browser window as it is (1280x1000 for {@link Chromium}).
 *
 * <pre>
 * Screenshots.save(browser, Path.of("../../docs/screenshots/case-list.png"));
 * </pre>
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** Saves the window's screenshot to {@code file}, creating its directories. */
	public static Path save(WebDriver driver, Path file) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			return Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the screenshot " + file, ex);
		}
	}

}
