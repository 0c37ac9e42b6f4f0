package nl.lse.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.event.TransactionalEventListener;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which feature package of the app may use which: an arrow that is not in this table
 * fails the build, a feature package missing from it fails too, and the table in
 * {@code docs/architecture.md} is this one. The library's packages (tenancy, identity,
 * audit, partners, settings, events, background) may be used by every feature.
 */
class ModuleBoundariesTests {

	private static final String BASE = "nl.lse.platform.";

	/** Feature package to the feature packages it may use. */
	static final Map<String, List<String>> MAY_USE = mayUse();

	private static final Set<String> LIBRARY = Set.of("tenancy", "identity", "audit", "partners", "settings", "events",
			"background");

	private final JavaClasses app = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption((location) -> location.contains("platform-app/target/classes"))
		.importPackages("nl.lse.platform");

	@Test
	void everyFeatureUsesOnlyWhatItMay() {
		for (Map.Entry<String, List<String>> feature : MAY_USE.entrySet()) {
			Set<String> others = new TreeSet<>(MAY_USE.keySet());
			others.remove(feature.getKey());
			others.removeAll(feature.getValue());
			// the library's partners package shares its name with the app's
			others.removeAll(LIBRARY);
			if (others.isEmpty()) {
				continue;
			}
			noClasses().that()
				.resideInAPackage(BASE + feature.getKey() + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(others.stream().map((other) -> BASE + other + "..").toArray(String[]::new))
				.because(feature.getKey() + " may use " + feature.getValue() + " only")
				.check(this.app);
		}
	}

	/**
	 * Events between modules go through the tenant's outbox ({@code TenantEvents}), so
	 * none is lost in a crash: no feature publishes a Spring event of its own.
	 */
	@Test
	void eventsGoThroughTheOutbox() {
		noClasses().that()
			.resideInAPackage("nl.lse.platform..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(ApplicationEventPublisher.class)
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName(TransactionalEventListener.class.getName())
			.because("cross-module events are TenantEvents, stored with the change (docs/architecture.md, Events)")
			.check(this.app);
	}

	@Test
	void everyFeaturePackageIsInTheTable() {
		Set<String> found = this.app.stream()
			.map(JavaClass::getPackageName)
			.filter((name) -> name.startsWith(BASE))
			.map((name) -> name.substring(BASE.length()).split("\\.")[0])
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(found).as("the app's feature packages").isEqualTo(new TreeSet<>(MAY_USE.keySet()));
	}

	@Test
	void theArchitectureDocumentShowsThisTable() throws IOException {
		Path document = Path.of("../../docs/architecture.md");
		String text = Files.readString(document);
		for (Map.Entry<String, List<String>> feature : MAY_USE.entrySet()) {
			assertThat(text).as("docs/architecture.md, module table")
				.contains(line(feature.getKey(), feature.getValue()));
		}
	}

	/** The line of the table in docs/architecture.md. */
	static String line(String feature, List<String> mayUse) {
		return "| `" + feature + "` | " + (mayUse.isEmpty() ? "the library only"
				: mayUse.stream().map((used) -> "`" + used + "`").collect(Collectors.joining(", "))) + " |";
	}

	private static Map<String, List<String>> mayUse() {
		Map<String, List<String>> map = new LinkedHashMap<>();
		map.put("casework", List.of());
		map.put("web", List.of("casework"));
		map.put("portal", List.of("casework", "web"));
		map.put("security", List.of("portal"));
		map.put("cases", List.of("casework", "web"));
		map.put("consultations", List.of("cases", "casework", "portal", "web"));
		map.put("trajectories", List.of("cases", "casework", "portal", "staff", "web"));
		map.put("signals", List.of("cases", "consultations", "trajectories", "casework", "portal", "web"));
		map.put("closure", List.of("cases", "consultations", "trajectories"));
		map.put("casefile", List.of("cases", "trajectories", "casework", "portal", "web"));
		map.put("worklists",
				List.of("cases", "consultations", "signals", "trajectories", "casework", "portal", "staff", "web"));
		map.put("assignments", List.of("casework", "web"));
		map.put("central", List.of("casework", "portal", "staff"));
		map.put("selfreferrals", List.of("signals", "casework", "portal", "web"));
		map.put("users", List.of("casework", "portal"));
		map.put("reports", List.of("portal"));
		map.put("staff", List.of());
		map.put("monitoring", List.of());
		map.put("partners", List.of());
		map.put("tenants", List.of());
		map.put("me", List.of());
		map.put("demo", List.of("casework"));
		return map;
	}

}
