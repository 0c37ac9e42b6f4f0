package nl.lse.platform.portal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the portal comes from the messages: a template holds no literal text a
 * user reads (only placeholders that Thymeleaf replaces), every key it names exists in
 * Dutch and in English, and both languages have the same keys.
 */
class TemplateMessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE = Pattern.compile("#\\{'?([a-zA-Z][\\w.]*)");

	private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+\\.?)'");

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>",
			Pattern.DOTALL);

	private static final Pattern READABLE_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(title|alt|placeholder|aria-label|value)=\"([^\"]*)\"");

	private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "img", "hr", "source", "col");

	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

	@Test
	void dutchAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> dutch = keys("messages_nl.properties");
		Set<String> english = keys("messages_en.properties");
		assertThat(difference(dutch, english)).as("keys in Dutch without English").isEmpty();
		assertThat(difference(english, dutch)).as("keys in English without Dutch").isEmpty();
	}

	@Test
	void everyKeyOfEveryTemplateExists() throws IOException {
		Set<String> dutch = keys("messages_nl.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			for (String key : referencedKeys(html)) {
				boolean prefix = key.endsWith(".");
				boolean known = prefix ? dutch.stream().anyMatch((k) -> k.startsWith(key)) : dutch.contains(key);
				if (!known) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(missing).as("message keys the templates use but the messages lack").isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			literalTexts(Files.readString(template))
				.forEach((text) -> literal.add(TEMPLATES.relativize(template) + ": " + text));
		}
		assertThat(literal).as("text in templates that does not come from the messages").isEmpty();
	}

	@Test
	void literalTextIsFound() {
		assertThat(literalTexts("<p>Opslaan</p>")).containsExactly("Opslaan");
		assertThat(literalTexts("<p th:text=\"#{a.b}\">Opslaan</p>")).isEmpty();
		assertThat(literalTexts("<button title=\"Sluiten\" th:text=\"#{a.b}\">x</button>")).containsExactly("Sluiten");
		assertThat(literalTexts("<div th:replace=\"~{x}\"><span>Tekst</span></div><input value=\"1\">")).isEmpty();
		assertThat(literalTexts("<input type=\"hidden\" name=\"step\" value=\"take\">")).isEmpty();
		assertThat(literalTexts("<input type=\"submit\" value=\"Opslaan\">")).containsExactly("Opslaan");
		assertThat(referencedKeys(
				"<p th:text=\"#{case.title(${x})}\" th:replace=\"~{f :: s('a', 'case.kind', 'enum.kind.')}\">"))
			.containsExactlyInAnyOrder("case.title", "case.kind", "enum.kind.");
	}

	static Set<String> referencedKeys(String html) {
		Set<String> keys = new TreeSet<>();
		Matcher message = MESSAGE.matcher(html);
		while (message.find()) {
			keys.add(message.group(1));
		}
		Matcher attribute = Pattern.compile("th:[\\w-]+=\"([^\"]*)\"").matcher(html);
		while (attribute.find()) {
			Matcher quoted = QUOTED_KEY.matcher(attribute.group(1));
			while (quoted.find()) {
				keys.add(quoted.group(1));
			}
		}
		keys.removeIf((key) -> key.startsWith("java.") || key.startsWith("nl.lse"));
		return keys;
	}

	/**
	 * Text nodes and readable attributes outside any element whose content is replaced.
	 */
	static List<String> literalTexts(String html) {
		String markup = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<!DOCTYPE[^>]*>", "");
		List<String> found = new ArrayList<>();
		Deque<Boolean> replaced = new ArrayDeque<>();
		Matcher tag = TAG.matcher(markup);
		int at = 0;
		while (tag.find()) {
			checkText(markup.substring(at, tag.start()), replaced, found);
			at = tag.end();
			String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
			String attributes = tag.group(3);
			if (!tag.group(1).isEmpty()) {
				if (!VOID.contains(name) && !replaced.isEmpty()) {
					replaced.pop();
				}
				continue;
			}
			boolean replacing = REPLACING.stream().anyMatch(attributes::contains);
			if (!replaced.contains(true)) {
				Matcher readable = READABLE_ATTRIBUTE.matcher(attributes);
				while (readable.find()) {
					boolean code = "value".equals(readable.group(1)) && attributes.contains("type=\"hidden\"");
					if (!code && readable.group(2).matches(".*\\p{L}{2,}.*")
							&& !attributes.contains("th:" + readable.group(1))) {
						found.add(readable.group(2));
					}
				}
			}
			if (!VOID.contains(name) && tag.group(4).isEmpty()) {
				replaced.push(replacing);
			}
		}
		checkText(markup.substring(at), replaced, found);
		return found;
	}

	private static void checkText(String text, Deque<Boolean> replaced, List<String> found) {
		String trimmed = text.trim();
		if (!trimmed.isEmpty() && trimmed.matches("(?s).*\\p{L}.*") && !replaced.contains(true)) {
			found.add(trimmed);
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> keys(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", file)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> difference = new TreeSet<>(left);
		difference.removeAll(right);
		return difference;
	}

}
