package nl.lse.admin.onboarding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a bulk file is read: cells, quotes, and the encodings spreadsheets write. */
class BulkCsvTests {

	@Test
	void cellsAreSplitBySemicolonOrCommaAndQuotesKeepSeparators() {
		assertThat(BulkOnboarding.cells("gm0363;Amsterdam;7;Anouk de Vries;a@x.nl")).containsExactly("gm0363",
				"Amsterdam", "7", "Anouk de Vries", "a@x.nl");
		assertThat(BulkOnboarding.cells("gm0820,\"Nuenen, Gerwen en Nederwetten\",7,Nel Nuenen,n@x.nl"))
			.containsExactly("gm0820", "Nuenen, Gerwen en Nederwetten", "7", "Nel Nuenen", "n@x.nl");
		assertThat(BulkOnboarding.cells("gm0001;\"De \"\"Goede\"\" Gemeente\";7;;")).containsExactly("gm0001",
				"De \"Goede\" Gemeente", "7", "", "");
	}

	@Test
	void utf8StaysAndAWindowsSpreadsheetFileIsReadToo() {
		String name = "gm1900;Súdwest-Fryslân;7;Sjoukje;s@x.nl";
		assertThat(BulkOnboarding.text(name.getBytes(StandardCharsets.UTF_8))).isEqualTo(name);
		assertThat(BulkOnboarding.text(name.getBytes(Charset.forName("windows-1252")))).isEqualTo(name);
	}

}
