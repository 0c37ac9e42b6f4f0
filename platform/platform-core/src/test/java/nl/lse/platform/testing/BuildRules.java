package nl.lse.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build rules every module checks in its own tests: module boundaries (ArchUnit) and
 * SQL hygiene (a scan of the main sources). Only the tenancy package may switch roles or
 * search paths, name tenant schemas or build SQL from strings (docs/database.md: the role
 * switch guards against routing mistakes, not injected SQL).
 */
public final class BuildRules {

	private static final Pattern SEARCH_PATH = Pattern.compile("(?i)search_path|set\\s+role|set_config");

	private static final Pattern TENANT_SCHEMA = Pattern.compile("tenant_gm[0-9]|\"tenant_\"");

	private static final Pattern SQL_LITERAL = Pattern.compile(
			"(?i)\"[^\"]*\\b(select|insert\\s+into|update|delete\\s+from|create|alter|drop|grant|revoke|truncate)\\b[^\"]*\"");

	private static final Pattern CONCATENATED = Pattern
		.compile("\"\\s*\\+\\s*[A-Za-z_(]|[A-Za-z_)\\]]\\s*\\+\\s*\"|\\.formatted\\(|String\\.format\\(");

	private BuildRules() {
	}

	/**
	 * Violations of the SQL rules in one line of main code outside the tenancy package.
	 */
	public static List<String> sqlViolations(String line) {
		List<String> violations = new ArrayList<>();
		if (SEARCH_PATH.matcher(line).find()) {
			violations.add("switches role or search_path");
		}
		if (TENANT_SCHEMA.matcher(line).find()) {
			violations.add("names a tenant schema");
		}
		if (SQL_LITERAL.matcher(line).find() && CONCATENATED.matcher(line).find()) {
			violations.add("builds SQL from strings");
		}
		return violations;
	}

	/**
	 * Java statements (up to {@code ;}, <code>{</code> or <code>}</code>) joined onto one
	 * line, so that a concatenation the formatter wrapped is still seen whole; comments
	 * are dropped.
	 */
	static List<Statement> statements(List<String> lines) {
		List<Statement> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int start = 1;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).trim();
			if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
				continue;
			}
			if (current.length() == 0) {
				start = i + 1;
			}
			current.append(line).append(' ');
			if (line.endsWith(";") || line.endsWith("{") || line.endsWith("}")) {
				statements.add(new Statement(start, current.toString().trim()));
				current.setLength(0);
			}
		}
		if (current.length() > 0) {
			statements.add(new Statement(start, current.toString().trim()));
		}
		return statements;
	}

	record Statement(int line, String text) {
	}

	/** Scans {@code src/main/java} of the module the tests run in. */
	public static void checkSqlHygiene() {
		Path sources = Path.of("src/main/java");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				if (file.toString().replace('\\', '/').contains("/tenancy/")) {
					continue;
				}
				for (Statement statement : statements(Files.readAllLines(file))) {
					for (String violation : sqlViolations(statement.text())) {
						found.add(file + ":" + statement.line() + " " + violation + ": " + statement.text());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(found).as("SQL hygiene outside the tenancy package (docs/database.md)").isEmpty();
	}

	/**
	 * Module boundaries of the app or library under {@code basePackage}: feature packages
	 * form no cycles, and only the tenancy package opens JDBC statements itself.
	 */
	public static void checkModuleBoundaries(String basePackage) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption((location) -> !location.contains("-tests.jar"))
			.importPackages(basePackage);
		SlicesRuleDefinition.slices()
			.matching(basePackage + ".(*)..")
			.should()
			.beFreeOfCycles()
			.allowEmptyShould(true)
			.check(classes);
		noClasses().that()
			.resideOutsideOfPackage("..tenancy..")
			.should()
			.callMethod(Connection.class, "createStatement")
			.orShould()
			.callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates
				.target(com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
						com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(java.sql.Statement.class))))
			.allowEmptyShould(true)
			.check(classes);
		noClasses().that()
			.resideOutsideOfPackage("..tenancy..")
			.should()
			.dependOnClassesThat()
			.haveSimpleName("TenantSwitch")
			.allowEmptyShould(true)
			.check(classes);
	}

}
