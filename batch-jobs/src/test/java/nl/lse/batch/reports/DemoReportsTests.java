package nl.lse.batch.reports;

import nl.lse.platform.reporting.Period;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoReportsTests {

	@Test
	void theLastTwelveFullMonthsAndFourFullQuarters() {
		assertThat(DemoReports.periods(LocalDate.of(2026, 11, 30))).extracting(Period::code)
			.containsExactly("2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
					"2026-07", "2026-08", "2026-09", "2026-10", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
	}

}
