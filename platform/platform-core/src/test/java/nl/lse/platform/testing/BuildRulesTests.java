package nl.lse.platform.testing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The build rules hold for platform-core, and catch what they are meant to catch. */
class BuildRulesTests {

	@Test
	void platformCoreFollowsTheSqlRules() {
		BuildRules.checkSqlHygiene();
	}

	@Test
	void platformCoreKeepsItsModuleBoundaries() {
		BuildRules.checkModuleBoundaries("nl.lse.platform");
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc.execute(\"SET search_path TO \" + schema);",
			"jdbc.queryForList(\"select * from tenant_gm0363.case_file\");",
			"jdbc.queryForList(\"select * from \" + table + \" where id = ?\", id);",
			"jdbc.update(\"delete from case_file where id = '%s'\".formatted(id));",
			"em.createNativeQuery(String.format(\"select * from %s\", table));",
			"jdbc.update(\"update person set name = '\" + name + \"'\");",
			"jdbc.execute(\"select set_config('role', 'x', true)\");", "String schema = \"tenant_\" + code;" })
	void catchViolations(String line) {
		assertThat(BuildRules.sqlViolations(line)).isNotEmpty();
	}

	@Test
	void seesAConcatenationTheFormatterWrapped() {
		List<String> source = List.of("void remove(String id) {",
				"\tthis.jdbc.update(\"delete from case_file where id = '\"", "\t\t+ id + \"'\");", "}");
		assertThat(BuildRules.statements(source))
			.anySatisfy((statement) -> assertThat(BuildRules.sqlViolations(statement.text()))
				.contains("builds SQL from strings"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc.queryForList(\"select name from tenant_setting where name = ?\", name);",
			"@Table(name = \"tenant_setting\")", "String message = \"Gemeente \" + name + \" is opgeschort\";",
			"\"select code, name from platform.tenant \" + \"order by code\"" })
	void letOrdinaryCodeThrough(String line) {
		assertThat(BuildRules.sqlViolations(line)).isEmpty();
	}

}
