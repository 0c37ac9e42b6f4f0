package nl.lse.platform.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.lse.platform.reporting.Report;
import nl.lse.platform.reporting.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Over many random datasets (seeded, so a failure repeats): random municipalities,
 * measures with random codes and mostly small counts, the three months of a quarter and
 * the quarter (sometimes without a month), national figures as the sum of the
 * municipalities, as the report jobs store them. Checked from the tables as shown,
 * independently of how {@link ReportTables} builds its lines: every small cell is hidden,
 * and in every row, column, total across municipalities and total across periods, either
 * nothing is hidden, or at least two cells are and they hold at least k together, or the
 * total is hidden with at least one of its cells.
 */
class DisclosurePropertyTests {

	private static final Period QUARTER = Period.parse("2026-Q3");

	@Test
	void everyLineShownToAnAudienceHoldsTheRuleOverRandomDatasets() {
		Random random = new Random(20261130L);
		int hiddenSomewhere = 0;
		for (int dataset = 0; dataset < 400; dataset++) {
			int k = 2 + random.nextInt(5);
			Report report = random.nextBoolean() ? Report.CASELOAD : Report.HANDOVER;
			List<ReportTables.Count> counts = dataset(random, report);
			ReportTables tables = ReportTables.of(counts, k);
			hiddenSomewhere += (tables.cellsHidden() > 0) ? 1 : 0;
			new Checker(tables, report, k, "dataset " + dataset + " (k=" + k + ")").check();
		}
		assertThat(hiddenSomewhere).as("the datasets exercise suppression").isGreaterThan(300);
	}

	@Test
	void theSameFiguresAreHiddenTheSameWayEveryTime() {
		List<ReportTables.Count> counts = dataset(new Random(7), Report.CASELOAD);
		ReportTables first = ReportTables.of(counts, 5);
		ReportTables second = ReportTables.of(counts, 5);
		for (Period period : first.periods()) {
			for (Measure measure : Measure.of(Report.CASELOAD)) {
				for (String row : first.rows(measure)) {
					for (String column : first.columns(measure)) {
						assertThat(second.hidden(period, "national", measure, row, column))
							.isEqualTo(first.hidden(period, "national", measure, row, column));
					}
				}
			}
		}
	}

	private static List<ReportTables.Count> dataset(Random random, Report report) {
		List<String> municipalities = new ArrayList<>();
		int size = 1 + random.nextInt(6);
		for (int i = 0; i < size; i++) {
			municipalities.add(String.format("gm%04d", 100 + i));
		}
		List<Period> periods = new ArrayList<>(QUARTER.parts());
		if (random.nextInt(4) > 0) {
			periods.add(QUARTER);
		}
		if (random.nextInt(5) == 0) {
			periods.remove(random.nextInt(3));
		}
		List<ReportTables.Count> counts = new ArrayList<>();
		for (Measure measure : Measure.of(report)) {
			if (random.nextInt(5) == 0) {
				continue;
			}
			List<String> rows = codes(random, measure.rows(), "R");
			List<String> columns = codes(random, measure.columns(), "C");
			for (Period period : periods) {
				for (String row : rows) {
					for (String column : columns) {
						long national = 0;
						for (String municipality : municipalities) {
							long value = small(random);
							if (value > 0) {
								counts.add(new ReportTables.Count(period, municipality, measure, row, column, value));
								national += value;
							}
						}
						if (national > 0) {
							counts.add(new ReportTables.Count(period, "national", measure, row, column, national));
						}
					}
				}
			}
		}
		return counts;
	}

	private static List<String> codes(Random random, String dimension, String prefix) {
		if (dimension.isEmpty()) {
			return List.of("");
		}
		List<String> codes = new ArrayList<>();
		int size = 1 + random.nextInt(4);
		for (int i = 0; i < size; i++) {
			codes.add(prefix + i);
		}
		if (random.nextInt(6) == 0) {
			codes.add((prefix.equals("C")) ? "HANDED_OVER" : "FAMILY_SUPPORT");
		}
		return codes;
	}

	/** Mostly small counts, so cells below k are common, and now and then a large one. */
	private static long small(Random random) {
		int draw = random.nextInt(10);
		return (draw < 3) ? 0
				: (draw < 7) ? 1 + random.nextInt(4) : (draw < 9) ? random.nextInt(12) : random.nextInt(60);
	}

	/** Checks the rule on the tables as shown. */
	private record Checker(ReportTables tables, Report report, int k, String where) {

		void check() {
			for (Period period : this.tables.periods()) {
				List<String> scopes = scopes();
				for (Measure measure : Measure.of(this.report)) {
					List<String> rows = withTotal(this.tables.rows(measure));
					if (!measure.additive() && rows.size() > 1) {
						// durations: the rows do not add up, no total is shown
						rows = rows.subList(1, rows.size());
					}
					List<String> columns = withTotal(this.tables.columns(measure));
					for (String scope : scopes) {
						for (String row : rows) {
							for (String column : columns) {
								long value = this.tables.value(period, scope, measure, row, column);
								if (value > 0 && value < this.k
										&& !this.tables.hidden(period, scope, measure, row, column)) {
									fail(this.where + ": small cell shown "
											+ ReportTables.key(period, scope, measure, row, column) + "=" + value);
								}
							}
							if (columns.size() > 1) {
								rule(period, scope, measure, List.of(row), columns);
							}
						}
						if (rows.size() > 1 && measure.additive()) {
							for (String column : columns) {
								rule(period, scope, measure, rows, List.of(column));
							}
						}
					}
					for (String row : rows) {
						for (String column : columns) {
							acrossScopes(period, scopes, measure, row, column);
							acrossPeriods(period, scopes, measure, row, column);
						}
					}
				}
			}
		}

		private List<String> scopes() {
			List<String> scopes = new ArrayList<>(List.of("national"));
			for (int i = 0; i < 6; i++) {
				scopes.add(String.format("gm%04d", 100 + i));
			}
			return scopes;
		}

		private static List<String> withTotal(List<String> codes) {
			List<String> all = new ArrayList<>(List.of(ReportTables.TOTAL));
			if (!codes.equals(List.of(""))) {
				all.addAll(codes);
			}
			return all;
		}

		/** A row (one row code, all columns) or a column: the first cell is the total. */
		private void rule(Period period, String scope, Measure measure, List<String> rows, List<String> columns) {
			List<long[]> cells = new ArrayList<>();
			for (String row : rows) {
				for (String column : columns) {
					cells.add(new long[] { this.tables.value(period, scope, measure, row, column),
							this.tables.hidden(period, scope, measure, row, column) ? 1 : 0 });
				}
			}
			holds(cells, ReportTables.key(period, scope, measure, rows.get(0), columns.get(0)));
		}

		private void acrossScopes(Period period, List<String> scopes, Measure measure, String row, String column) {
			List<long[]> cells = new ArrayList<>();
			for (String scope : scopes) {
				cells.add(new long[] { this.tables.value(period, scope, measure, row, column),
						this.tables.hidden(period, scope, measure, row, column) ? 1 : 0 });
			}
			holds(cells, "national " + ReportTables.key(period, "*", measure, row, column));
		}

		/**
		 * The quarter and its published months: for what happened, their sum plus what
		 * they leave (nobody is shown it, so it counts as hidden); for what was open at
		 * the end, the last month when it is published.
		 */
		private void acrossPeriods(Period period, List<String> scopes, Measure measure, String row, String column) {
			if (period.parts().isEmpty()) {
				return;
			}
			List<Period> parts = period.parts()
				.stream()
				.filter(this.tables.periods()::contains)
				.filter((part) -> measure.flow() || part.equals(period.parts().get(2)))
				.toList();
			if (parts.isEmpty()) {
				return;
			}
			for (String scope : scopes) {
				List<long[]> cells = new ArrayList<>();
				long total = this.tables.value(period, scope, measure, row, column);
				cells.add(new long[] { total, this.tables.hidden(period, scope, measure, row, column) ? 1 : 0 });
				long rest = total;
				for (Period part : parts) {
					long value = this.tables.value(part, scope, measure, row, column);
					rest -= value;
					cells.add(new long[] { value, this.tables.hidden(part, scope, measure, row, column) ? 1 : 0 });
				}
				if (measure.flow() && rest > 0) {
					cells.add(new long[] { rest, 1 });
				}
				holds(cells, "periods " + ReportTables.key(period, scope, measure, row, column));
			}
		}

		/** cells[0] is the total; each is {value, hidden}. */
		private void holds(List<long[]> cells, String line) {
			long hidden = 0;
			long sum = 0;
			for (long[] cell : cells.subList(1, cells.size())) {
				hidden += cell[1];
				sum += cell[1] * cell[0];
			}
			boolean totalHidden = cells.get(0)[1] == 1;
			boolean holds = totalHidden ? hidden >= 1 : (hidden == 0 || (hidden >= 2 && sum >= this.k));
			if (!holds) {
				fail(this.where + ": line " + line + " breaks the rule: "
						+ cells.stream().map((c) -> c[0] + (c[1] == 1 ? "(hidden)" : "")).toList());
			}
		}

	}

}
