package nl.lse.platform.reports;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.lse.platform.reporting.Period;

/**
 * Every table of both reports over all their published periods and scopes (each
 * municipality, LSE's own records, national), with the lines that tie them together, and
 * the cells that disclosure control hides ({@link Disclosure}). The two reports are
 * checked together, because they share figures (handovers completed, trajectories in
 * handover). One audience sees a subset of these tables, so every line it sees holds the
 * rule.
 *
 * <p>
 * A cell is addressed by period, scope, measure and its two codes; {@code *} stands for a
 * total. A measure with one column has no separate row totals (the cell is its own
 * total).
 */
final class ReportTables {

	static final String TOTAL = "*";

	static final String NATIONAL = "national";

	private final Map<String, Long> values = new HashMap<>();

	private final Map<Measure, List<String>> rows = new LinkedHashMap<>();

	private final Map<Measure, List<String>> columns = new LinkedHashMap<>();

	private final Set<String> hidden = new HashSet<>();

	private final List<Period> periods;

	private ReportTables(List<Period> periods) {
		this.periods = periods;
	}

	/** One stored count. */
	record Count(Period period, String scope, Measure measure, String key1, String key2, long value) {
	}

	/**
	 * The tables of {@code counts} (a missing count is 0) with the cells to hide at
	 * threshold {@code k}.
	 */
	static ReportTables of(Collection<Count> counts, int k) {
		List<Period> periods = counts.stream()
			.map(Count::period)
			.distinct()
			.sorted(java.util.Comparator.comparing(Period::until).thenComparing(Period::from, (a, b) -> b.compareTo(a)))
			.toList();
		ReportTables tables = new ReportTables(periods);
		tables.collect(counts);
		tables.hide(counts, k);
		return tables;
	}

	private void collect(Collection<Count> counts) {
		Map<Measure, Set<String>> rowSets = new LinkedHashMap<>();
		Map<Measure, Set<String>> columnSets = new LinkedHashMap<>();
		for (Measure measure : Measure.values()) {
			rowSets.put(measure, new TreeSet<>());
			columnSets.put(measure, new TreeSet<>());
		}
		for (Count count : counts) {
			rowSets.get(count.measure()).add(count.key1());
			columnSets.get(count.measure()).add(count.key2());
			this.values.merge(key(count.period(), count.scope(), count.measure(), count.key1(), count.key2()),
					count.value(), Long::sum);
		}
		rowSets.forEach((measure, keys) -> this.rows.put(measure, keys.isEmpty() ? List.of("") : List.copyOf(keys)));
		columnSets
			.forEach((measure, keys) -> this.columns.put(measure, keys.isEmpty() ? List.of("") : List.copyOf(keys)));
	}

	private void hide(Collection<Count> counts, int k) {
		Disclosure disclosure = new Disclosure();
		Map<String, Integer> cells = new HashMap<>();
		Map<Period, Set<String>> scopes = new LinkedHashMap<>();
		for (Period period : this.periods) {
			scopes.put(period, new TreeSet<>(List.of(NATIONAL)));
		}
		counts.forEach((count) -> scopes.get(count.period()).add(count.scope()));
		CellSource source = (period, scope, measure, row, column) -> cells.computeIfAbsent(
				key(period, scope, measure, normalRow(measure, row), normalColumn(measure, column)),
				(key) -> disclosure.cell(value(period, scope, measure, row, column), this.periods.indexOf(period)));
		scopes.forEach((period, inPeriod) -> {
			for (Measure measure : this.rows.keySet()) {
				for (String scope : inPeriod) {
					withinTable(disclosure, source, period, scope, measure);
				}
				acrossScopes(disclosure, source, period, inPeriod, measure);
				acrossPeriods(disclosure, source, period, scopes, measure);
			}
			for (String scope : inPeriod) {
				identities(disclosure, source, period, scope);
			}
		});
		BitSet suppressed = disclosure.suppress(k);
		cells.forEach((key, cell) -> {
			if (suppressed.get(cell)) {
				this.hidden.add(key);
			}
		});
	}

	/** The cell of a position, made (with its value) the first time it is asked for. */
	@FunctionalInterface
	interface CellSource {

		int cell(Period period, String scope, Measure measure, String row, String column);

	}

	private void withinTable(Disclosure disclosure, CellSource source, Period period, String scope, Measure measure) {
		List<String> rowKeys = rowsWithTotal(measure);
		List<String> columnKeys = columnsWithTotal(measure);
		for (String row : rowKeys) {
			line(disclosure, source.cell(period, scope, measure, row, TOTAL),
					columnKeys.subList(1, columnKeys.size())
						.stream()
						.map((column) -> source.cell(period, scope, measure, row, column))
						.toList());
		}
		if (!measure.additive()) {
			// its rows are different durations: no total is shown
			return;
		}
		for (String column : columnKeys) {
			line(disclosure, source.cell(period, scope, measure, TOTAL, column),
					rowKeys.subList(1, rowKeys.size())
						.stream()
						.map((row) -> source.cell(period, scope, measure, row, column))
						.toList());
		}
	}

	private void acrossScopes(Disclosure disclosure, CellSource source, Period period, Set<String> scopes,
			Measure measure) {
		List<String> municipalities = scopes.stream().filter((scope) -> scope.startsWith("gm")).toList();
		for (String row : rowsWithTotal(measure)) {
			for (String column : columnsWithTotal(measure)) {
				line(disclosure, source.cell(period, NATIONAL, measure, row, column),
						municipalities.stream()
							.map((scope) -> source.cell(period, scope, measure, row, column))
							.toList());
			}
		}
	}

	/**
	 * A quarter is the sum of its months for what happened in it, and equals its last
	 * month for what was open at its end; a year likewise of its quarters. Where some of
	 * those periods have no report, the published ones are used (a year falls back to the
	 * months of a quarter without a report), and what they leave of the total is a cell
	 * nobody is shown, so it counts as hidden.
	 */
	private void acrossPeriods(Disclosure disclosure, CellSource source, Period period, Map<Period, Set<String>> scopes,
			Measure measure) {
		List<Period> pieces = measure.flow() ? published(period, scopes.keySet())
				: lastPublished(period, scopes.keySet());
		if (pieces.isEmpty()) {
			return;
		}
		for (String scope : scopes.get(period)) {
			for (String row : rowsWithTotal(measure)) {
				for (String column : columnsWithTotal(measure)) {
					List<Integer> parts = new ArrayList<>(
							pieces.stream().map((piece) -> source.cell(piece, scope, measure, row, column)).toList());
					if (measure.flow()) {
						long rest = value(period, scope, measure, row, column)
								- pieces.stream().mapToLong((piece) -> value(piece, scope, measure, row, column)).sum();
						if (rest > 0) {
							parts.add(disclosure.unshown(rest));
						}
					}
					line(disclosure, source.cell(period, scope, measure, row, column), parts);
				}
			}
		}
	}

	/** The published periods that make up {@code period}, as coarse as published. */
	private static List<Period> published(Period period, Set<Period> published) {
		List<Period> pieces = new ArrayList<>();
		for (Period part : period.parts()) {
			if (published.contains(part)) {
				pieces.add(part);
			}
			else {
				pieces.addAll(published(part, published));
			}
		}
		return pieces;
	}

	/** The published period that ends with {@code period}, the longest first. */
	private static List<Period> lastPublished(Period period, Set<Period> published) {
		List<Period> parts = period.parts();
		if (parts.isEmpty()) {
			return List.of();
		}
		Period last = parts.get(parts.size() - 1);
		return published.contains(last) ? List.of(last) : lastPublished(last, published);
	}

	/**
	 * Figures of different measures (also of the two reports) that are the same number:
	 * cases open by severity and by support level; trajectories in aftercare and those in
	 * the aftercare and handover phases; per service, handovers completed, trajectories
	 * closed as handed over, and aftercare ended by a handover; handovers to the
	 * municipality and to local partners; trajectories in handover and handovers pending;
	 * and the trajectories behind a duration and the figure they are counted from.
	 */
	private void identities(Disclosure disclosure, CellSource source, Period period, String scope) {
		Identity same = (a, b) -> line(disclosure, source.cell(period, scope, a.measure(), a.row(), a.column()),
				List.of(source.cell(period, scope, b.measure(), b.row(), b.column())));
		same.of(at(Measure.OPEN_CASES_BY_SEVERITY, TOTAL, TOTAL),
				at(Measure.OPEN_CASES_BY_SUPPORT_LEVEL, TOTAL, TOTAL));
		same.of(at(Measure.HANDOVERS_COMPLETED, TOTAL, TOTAL), at(Measure.CLOSED_TRAJECTORIES, TOTAL, "HANDED_OVER"));
		same.of(at(Measure.HANDOVERS_COMPLETED, TOTAL, TOTAL), at(Measure.HANDOVERS_BY_SERVICE, TOTAL, TOTAL));
		same.of(at(Measure.HANDOVERS_COMPLETED, "MUNICIPALITY", TOTAL),
				at(Measure.HANDOVERS_BY_SERVICE, TOTAL, "MUNICIPALITY"));
		line(disclosure, source.cell(period, scope, Measure.HANDOVERS_COMPLETED, "LOCAL_PARTNER", TOTAL),
				this.columns.get(Measure.HANDOVERS_BY_SERVICE)
					.stream()
					.filter((receiver) -> !receiver.isEmpty() && !"MUNICIPALITY".equals(receiver))
					.map((receiver) -> source.cell(period, scope, Measure.HANDOVERS_BY_SERVICE, TOTAL, receiver))
					.toList());
		same.of(at(Measure.CASELOAD_DURATIONS, "in_aftercare", TOTAL), at(Measure.HANDOVERS_COMPLETED, TOTAL, TOTAL));
		same.of(at(Measure.CASELOAD_DURATIONS, "in_support", TOTAL), at(Measure.AFTERCARE_STARTED, TOTAL, TOTAL));
		same.of(at(Measure.HANDOVER_DURATIONS, "referral_to_handover", TOTAL),
				at(Measure.HANDOVERS_BY_SERVICE, TOTAL, TOTAL));
		same.of(at(Measure.HANDOVER_DURATIONS, "aftercare_to_handover", TOTAL),
				at(Measure.AFTERCARE_ENDED, TOTAL, "HANDED_OVER"));
		Set<String> services = new TreeSet<>();
		for (Measure measure : List.of(Measure.OPEN_TRAJECTORIES, Measure.AFTERCARE_ACTIVE, Measure.CLOSED_TRAJECTORIES,
				Measure.HANDOVERS_BY_SERVICE, Measure.AFTERCARE_ENDED, Measure.HANDOVERS_PENDING)) {
			this.rows.get(measure).stream().filter((service) -> !service.isEmpty()).forEach(services::add);
		}
		for (String service : services) {
			line(disclosure, source.cell(period, scope, Measure.AFTERCARE_ACTIVE, service, TOTAL),
					List.of(source.cell(period, scope, Measure.OPEN_TRAJECTORIES, service, "AFTERCARE"),
							source.cell(period, scope, Measure.OPEN_TRAJECTORIES, service, "HANDOVER")));
			same.of(at(Measure.CLOSED_TRAJECTORIES, service, "HANDED_OVER"),
					at(Measure.HANDOVERS_BY_SERVICE, service, TOTAL));
			same.of(at(Measure.HANDOVERS_BY_SERVICE, service, TOTAL),
					at(Measure.AFTERCARE_ENDED, service, "HANDED_OVER"));
			same.of(at(Measure.OPEN_TRAJECTORIES, service, "HANDOVER"), at(Measure.HANDOVERS_PENDING, service, TOTAL));
		}
	}

	/** A position in a table. */
	private record At(Measure measure, String row, String column) {
	}

	private static At at(Measure measure, String row, String column) {
		return new At(measure, row, column);
	}

	/** Two positions that hold the same number. */
	@FunctionalInterface
	private interface Identity {

		void of(At a, At b);

	}

	private static void line(Disclosure disclosure, int total, List<Integer> parts) {
		if (!parts.isEmpty() && !(parts.size() == 1 && parts.get(0) == total)) {
			disclosure.line(total, parts.stream().mapToInt(Integer::intValue).toArray());
		}
	}

	/**
	 * The total first, then the rows (none apart from the total when there is one row).
	 */
	private List<String> rowsWithTotal(Measure measure) {
		List<String> keys = new ArrayList<>(List.of(TOTAL));
		if (this.rows.get(measure).size() > 1 || !this.rows.get(measure).get(0).isEmpty()) {
			keys.addAll(this.rows.get(measure));
		}
		return keys;
	}

	private List<String> columnsWithTotal(Measure measure) {
		List<String> keys = new ArrayList<>(List.of(TOTAL));
		if (this.columns.get(measure).size() > 1 || !this.columns.get(measure).get(0).isEmpty()) {
			keys.addAll(this.columns.get(measure));
		}
		return keys;
	}

	static String key(Period period, String scope, Measure measure, String row, String column) {
		return period.code() + "|" + scope + "|" + measure.name() + "|" + row + "|" + column;
	}

	/** The value of a cell; totals are summed. */
	long value(Period period, String scope, Measure measure, String row, String column) {
		String normalRow = normalRow(measure, row);
		String normalColumn = normalColumn(measure, column);
		if (!TOTAL.equals(normalRow) && !TOTAL.equals(normalColumn)) {
			return this.values.getOrDefault(key(period, scope, measure, row, column), 0L);
		}
		long sum = 0;
		for (String r : this.rows.get(measure)) {
			for (String c : this.columns.get(measure)) {
				if (matches(r, normalRow) && matches(c, normalColumn)) {
					sum += this.values.getOrDefault(key(period, scope, measure, r, c), 0L);
				}
			}
		}
		return sum;
	}

	private static boolean matches(String code, String wanted) {
		return TOTAL.equals(wanted) || code.equals(wanted);
	}

	/** A measure with one row (or column) has only its total: "" is "*". */
	private String normalRow(Measure measure, String row) {
		return (row.isEmpty() && this.rows.get(measure).equals(List.of(""))) ? TOTAL : row;
	}

	private String normalColumn(Measure measure, String column) {
		return (column.isEmpty() && this.columns.get(measure).equals(List.of(""))) ? TOTAL : column;
	}

	/** Whether disclosure control hides the cell. */
	boolean hidden(Period period, String scope, Measure measure, String row, String column) {
		return this.hidden
			.contains(key(period, scope, measure, normalRow(measure, row), normalColumn(measure, column)));
	}

	List<String> rows(Measure measure) {
		return this.rows.get(measure);
	}

	List<String> columns(Measure measure) {
		return this.columns.get(measure);
	}

	List<Period> periods() {
		return this.periods;
	}

	int cellsHidden() {
		return this.hidden.size();
	}

}
