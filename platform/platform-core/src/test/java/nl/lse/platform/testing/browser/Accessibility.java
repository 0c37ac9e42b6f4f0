package nl.lse.platform.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.2 AA checks with axe-core (the axe.min.js bundled in the axe-core Selenium jar,
 * injected into the page: nothing is fetched; in a {@link Chromium#withoutJavaScript()}
 * too, on the page as rendered without scripts). A page fails on any violation of impact
 * serious or critical; every checked page, with its counts per impact, goes into
 * {@code target/axe/report.md} (rewritten by the first check of a test JVM). Then the
 * second engine, HTML_CodeSniffer with WCAG 2.1 AA ({@link HtmlCodeSniffer}), which fails
 * on any error.
 *
 * <pre>
 * Accessibility.assertAccessible(browser, "Casussen (lijst)");
 * </pre>
 */
public final class Accessibility {

	public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	public static final List<String> FAILING_IMPACTS = List.of("critical", "serious");

	public static final Path REPORT = Path.of("target", "axe", "report.md");

	private static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

	private static boolean reportStarted;

	private Accessibility() {
	}

	/**
	 * Runs axe on the current page of {@code driver}, records it in the report and fails
	 * (AssertionError) on violations of impact serious or critical.
	 * @param driver the browser, on the page to check (fully loaded)
	 * @param pageName how the page is named in the report and the failure message
	 */
	public static void assertAccessible(WebDriver driver, String pageName) {
		Results results = analyze(driver, pageName);
		List<Rule> failing = results.getViolations()
			.stream()
			.filter((rule) -> FAILING_IMPACTS.contains(impact(rule)))
			.toList();
		if (!failing.isEmpty()) {
			throw new AssertionError(describe(pageName, results.getUrl(), failing));
		}
		// the second engine finds what axe does not (and the other way round)
		HtmlCodeSniffer.assertAccessible(driver, pageName);
	}

	/**
	 * Runs axe on the current page and records it in the report, without failing on
	 * violations (only on axe itself failing).
	 */
	public static Results analyze(WebDriver driver, String pageName) {
		AxeBuilder axe = new AxeBuilder().withTags(TAGS);
		Results results = (driver instanceof Chromium chromium) ? chromium.withPageScripts(() -> axe.analyze(driver))
				: axe.analyze(driver);
		if (results.isErrored()) {
			throw new IllegalStateException(
					"axe failed on " + pageName + " (" + driver.getCurrentUrl() + "): " + results.getErrorMessage(),
					results.getError());
		}
		record(pageName, (results.getUrl() != null) ? results.getUrl() : driver.getCurrentUrl(),
				results.getViolations());
		return results;
	}

	public static String describe(String pageName, @Nullable String url, List<Rule> violations) {
		StringBuilder message = new StringBuilder();
		message.append("Accessibility violations on ")
			.append(pageName)
			.append(" (")
			.append(url)
			.append("), WCAG 2.2 AA:");
		for (Rule rule : violations) {
			message.append("\n- ")
				.append(rule.getId())
				.append(" [")
				.append(impact(rule))
				.append("] ")
				.append(rule.getHelp())
				.append(" (")
				.append(rule.getHelpUrl())
				.append(")");
			for (CheckedNode node : rule.getNodes()) {
				message.append("\n    ").append(node.getTarget()).append(" ").append(oneLine(node.getHtml()));
			}
		}
		return message.toString();
	}

	private static synchronized void record(String pageName, String url, List<Rule> violations) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		IMPACTS.forEach((impact) -> counts.put(impact, 0));
		List<String> rules = new ArrayList<>();
		for (Rule rule : violations) {
			counts.merge(impact(rule), 1, Integer::sum);
			rules.add(rule.getId() + " (" + impact(rule) + ", " + rule.getNodes().size() + "x)");
		}
		StringBuilder row = new StringBuilder();
		row.append("| ").append(cell(pageName)).append(" | ").append(cell(url)).append(" |");
		IMPACTS.forEach((impact) -> row.append(' ').append(counts.get(impact)).append(" |"));
		row.append(' ').append(cell(String.join(", ", rules))).append(" |\n");
		try {
			Files.createDirectories(REPORT.getParent());
			if (!reportStarted) {
				String header = "# Accessibility (axe-core, " + String.join(", ", TAGS) + ")\n\n" + "Run of "
						+ OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
						+ ". A page fails on any violation of impact " + String.join(" or ", FAILING_IMPACTS)
						+ "; the columns count violated rules.\n\n"
						+ "| page | URL | critical | serious | moderate | minor | rules |\n"
						+ "| --- | --- | ---: | ---: | ---: | ---: | --- |\n";
				Files.writeString(REPORT, header, StandardCharsets.UTF_8);
				reportStarted = true;
			}
			Files.writeString(REPORT, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + REPORT, ex);
		}
	}

	private static String impact(Rule rule) {
		return (rule.getImpact() != null) ? rule.getImpact().toLowerCase(Locale.ROOT) : "minor";
	}

	private static String cell(@Nullable String text) {
		return (text != null) ? oneLine(text).replace("|", "\\|") : "";
	}

	private static String oneLine(@Nullable String text) {
		return (text != null) ? text.lines().map(String::strip).collect(Collectors.joining(" ")) : "";
	}

}
