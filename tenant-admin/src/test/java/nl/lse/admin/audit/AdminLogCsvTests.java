package nl.lse.admin.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell of the log's CSV export can neither break its line nor start a formula. */
class AdminLogCsvTests {

	@Test
	void cellsAreFlatAndNeverFormulas() {
		assertThat(AdminLogPages.cell(null)).isEmpty();
		assertThat(AdminLogPages.cell("a;b\nc")).isEqualTo("a,b c");
		assertThat(AdminLogPages.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(AdminLogPages.cell("+31 6")).isEqualTo("'+31 6");
		assertThat(AdminLogPages.cell("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(AdminLogPages.cell("lse.admin")).isEqualTo("lse.admin");
	}

}
