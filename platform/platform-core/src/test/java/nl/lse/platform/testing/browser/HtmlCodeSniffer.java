package nl.lse.platform.testing.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The second accessibility engine: HTML_CodeSniffer (Squiz, BSD-3, the npm package
 * {@code html_codesniffer} 2.5.1, its built {@code HTMLCS.js} kept in the test resources,
 * so nothing is fetched) with its WCAG 2.1 AA standard, injected into the page as axe is.
 * A page fails on any error (notices and warnings need a person and are only counted);
 * every checked page goes into {@code target/htmlcs/report.md}.
 */
public final class HtmlCodeSniffer {

	public static final String STANDARD = "WCAG2AA";

	public static final Path REPORT = Path.of("target", "htmlcs", "report.md");

	private static final String SCRIPT = "/a11y/html_codesniffer-2.5.1/HTMLCS.js";

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			try {
				HTMLCS.process(arguments[0], document, function () {
					const kinds = {1: 'error', 2: 'warning', 3: 'notice'};
					done(HTMLCS.getMessages().map(function (m) {
						const html = (m.element && m.element.outerHTML) ? m.element.outerHTML : String(m.element);
						return {type: kinds[m.type] || String(m.type), code: m.code, msg: m.msg,
							html: html.substring(0, 300)};
					}));
				}, function () { done('failed'); }, 'en');
			} catch (e) { done('failed: ' + e); }""";

	private static @Nullable String source;

	private static boolean reportStarted;

	private HtmlCodeSniffer() {
	}

	/** Runs HTML_CodeSniffer on the current page and fails on any error. */
	public static void assertAccessible(WebDriver driver, String pageName) {
		List<Map<String, Object>> messages = (driver instanceof Chromium chromium)
				? chromium.withPageScripts(() -> run(driver, pageName)) : run(driver, pageName);
		List<Map<String, Object>> errors = messages.stream().filter((m) -> "error".equals(m.get("type"))).toList();
		record(pageName, driver.getCurrentUrl(), messages, errors);
		if (!errors.isEmpty()) {
			throw new AssertionError(describe(pageName, driver.getCurrentUrl(), errors));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> run(WebDriver driver, String pageName) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(script());
		Object result = js.executeAsyncScript(RUN, STANDARD);
		if (!(result instanceof List<?> list)) {
			throw new IllegalStateException(
					"HTML_CodeSniffer failed on " + pageName + " (" + driver.getCurrentUrl() + "): " + result);
		}
		return (List<Map<String, Object>>) list;
	}

	private static synchronized String script() {
		if (source == null) {
			try (InputStream in = HtmlCodeSniffer.class.getResourceAsStream(SCRIPT)) {
				if (in == null) {
					throw new IllegalStateException("Missing test resource " + SCRIPT);
				}
				source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

	public static String describe(String pageName, @Nullable String url, List<Map<String, Object>> errors) {
		return "HTML_CodeSniffer (" + STANDARD + ") errors on " + pageName + " (" + url + "):"
				+ errors.stream()
					.map((m) -> "\n- " + m.get("code") + ": " + m.get("msg") + "\n    " + oneLine(m.get("html")))
					.collect(Collectors.joining());
	}

	private static synchronized void record(String pageName, String url, List<Map<String, Object>> messages,
			List<Map<String, Object>> errors) {
		long warnings = messages.stream().filter((m) -> "warning".equals(m.get("type"))).count();
		long notices = messages.stream().filter((m) -> "notice".equals(m.get("type"))).count();
		String row = "| " + cell(pageName) + " | " + cell(url) + " | " + errors.size() + " | " + warnings + " | "
				+ notices + " | " + cell(codes(errors)) + " | "
				+ cell(codes(messages.stream().filter((m) -> "warning".equals(m.get("type"))).toList())) + " |\n";
		try {
			Files.createDirectories(REPORT.getParent());
			if (!reportStarted) {
				Files.writeString(REPORT,
						"# Accessibility (HTML_CodeSniffer 2.5.1, " + STANDARD + ")\n\nRun of "
								+ OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
								+ ". A page fails on any error; warnings and notices are what a person checks.\n\n"
								+ "| page | URL | errors | warnings | notices | error codes | warning codes |\n"
								+ "| --- | --- | ---: | ---: | ---: | --- | --- |\n",
						StandardCharsets.UTF_8);
				reportStarted = true;
			}
			Files.writeString(REPORT, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + REPORT, ex);
		}
	}

	/** Each code once, with how often it was reported, without the standard's prefix. */
	private static String codes(List<Map<String, Object>> messages) {
		return messages.stream()
			.collect(Collectors.groupingBy((m) -> String.valueOf(m.get("code")).replace("WCAG2AA.", ""), TreeMap::new,
					Collectors.counting()))
			.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " (" + entry.getValue() + "x)")
			.collect(Collectors.joining(", "));
	}

	private static String cell(@Nullable Object text) {
		return oneLine(text).replace("|", "\\|");
	}

	private static String oneLine(@Nullable Object text) {
		return (text != null) ? String.valueOf(text).lines().map(String::strip).collect(Collectors.joining(" ")) : "";
	}

}
