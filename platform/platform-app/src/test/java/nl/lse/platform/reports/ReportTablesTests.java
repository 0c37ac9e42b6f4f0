package nl.lse.platform.reports;

import java.util.List;

import nl.lse.platform.reporting.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures that two tables (or the two reports) share are hidden together, so a count
 * hidden in one cannot be read from the other; a quarter whose first month has no report
 * is still tied to its last month.
 */
class ReportTablesTests {

	static final Period OCTOBER = Period.parse("2026-10");

	@Test
	void aCountHiddenInTheCaseloadReportIsHiddenInTheHandoverReportToo() {
		// 15 closed, 2 of them without a handover: 13 and 2 hidden; the handover report's
		// 13 handovers of family support would give the 2 away
		ReportTables tables = ReportTables.of(List.of(count(Measure.CLOSED_TRAJECTORIES, "HANDED_OVER", 13),
				count(Measure.CLOSED_TRAJECTORIES, "NO_HANDOVER_POSSIBLE", 2),
				count(Measure.AFTERCARE_ENDED, "HANDED_OVER", 13),
				count(Measure.HANDOVERS_BY_SERVICE, "MUNICIPALITY", 13),
				new ReportTables.Count(OCTOBER, "gm0363", Measure.HANDOVER_DURATIONS, "referral_to_handover", "", 13)),
				5);
		assertThat(tables.hidden(OCTOBER, "gm0363", Measure.CLOSED_TRAJECTORIES, "FAMILY_SUPPORT", "HANDED_OVER"))
			.isTrue();
		assertThat(tables.hidden(OCTOBER, "gm0363", Measure.AFTERCARE_ENDED, "FAMILY_SUPPORT", "HANDED_OVER")).isTrue();
		assertThat(tables.hidden(OCTOBER, "gm0363", Measure.HANDOVERS_BY_SERVICE, "FAMILY_SUPPORT", "*")).isTrue();
		assertThat(tables.hidden(OCTOBER, "gm0363", Measure.HANDOVER_DURATIONS, "referral_to_handover", ""))
			.as("the trajectories behind a duration are the handovers")
			.isTrue();
	}

	@Test
	void aQuarterWithoutItsFirstMonthStillEqualsItsLastMonth() {
		Period august = Period.parse("2026-08");
		Period september = Period.parse("2026-09");
		Period quarter = Period.parse("2026-Q3");
		// open at the end of September: 3 and 9, the 3 hidden with the 9
		ReportTables tables = ReportTables
			.of(List.of(open(august, "INTAKE", 6), open(august, "SUPPORT", 6), open(september, "INTAKE", 3),
					open(september, "SUPPORT", 9), open(quarter, "INTAKE", 3), open(quarter, "SUPPORT", 9)), 5);
		assertThat(tables.hidden(september, "gm0363", Measure.OPEN_TRAJECTORIES, "FAMILY_SUPPORT", "SUPPORT")).isTrue();
		assertThat(tables.hidden(quarter, "gm0363", Measure.OPEN_TRAJECTORIES, "FAMILY_SUPPORT", "SUPPORT"))
			.as("the quarter shows what September hides, unless it hides it too")
			.isTrue();
	}

	private static ReportTables.Count count(Measure measure, String key2, long value) {
		return new ReportTables.Count(OCTOBER, "gm0363", measure, "FAMILY_SUPPORT", key2, value);
	}

	private static ReportTables.Count open(Period period, String phase, long value) {
		return new ReportTables.Count(period, "gm0363", Measure.OPEN_TRAJECTORIES, "FAMILY_SUPPORT", phase, value);
	}

}
