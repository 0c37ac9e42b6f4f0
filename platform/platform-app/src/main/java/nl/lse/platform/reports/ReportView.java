package nl.lse.platform.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import nl.lse.platform.reporting.Report;
import nl.lse.platform.reporting.Period;
import org.jspecify.annotations.Nullable;

/**
 * One report for one scope and period as a page, CSV or PDF shows it: per measure its
 * table (hidden counts are {@code null}), a bar chart of its rows, and its trend over the
 * last periods of the same kind with a line chart.
 */
public record ReportView(Report report, ReportFigures.Run run, String scope, String scopeName,
		Map<String, String> scopes, boolean national, ReportTables tables, List<Period> trend,
		Map<String, double[]> durations, int k) {

	/**
	 * Whether the run left this municipality out (suspended or in maintenance when it
	 * began): its page then says so instead of showing zeros.
	 */
	public boolean notInRun() {
		return this.run.leftOut().stream().anyMatch((left) -> left.startsWith(this.scope + ":"));
	}

	/** A row of a table: its code, label, cells (one per column) and total. */
	public record Row(String code, String label, List<@Nullable Long> cells, @Nullable Long total,
			@Nullable String median, @Nullable String p90) {
	}

	/** A measure's table and charts. */
	public record Section(Measure measure, String title, String rowHeader, List<String> columns, List<Row> rows,
			@Nullable Row total, String chart, List<String> trendPeriods, List<@Nullable Long> trend,
			String trendChart) {
	}

	public Period period() {
		return this.run.period();
	}

	/**
	 * The sections with labels and charts.
	 * @param labels a code (e.g. {@code report.code.FAMILY_SUPPORT}) to its text, or the
	 * code itself
	 */
	List<Section> sections(Function<String, String> labels) {
		List<Section> sections = new ArrayList<>();
		if (notInRun()) {
			return sections;
		}
		String hidden = labels.apply("report.hidden");
		for (Measure measure : Measure.of(this.report)) {
			if ("lse".equals(this.scope) != (measure == Measure.SELF_REFERRALS)) {
				continue;
			}
			List<String> columns = this.tables.columns(measure);
			boolean oneColumn = columns.equals(List.of(""));
			List<Row> rows = new ArrayList<>();
			for (String row : this.tables.rows(measure)) {
				List<@Nullable Long> cells = new ArrayList<>();
				if (!oneColumn) {
					for (String column : columns) {
						cells.add(cell(measure, row, column));
					}
				}
				double[] duration = !measure.additive() ? this.durations.get(row) : null;
				boolean durationShown = duration != null && cell(measure, row, ReportTables.TOTAL) != null;
				rows.add(new Row(row, label(labels, row), cells, cell(measure, row, ReportTables.TOTAL),
						durationShown ? days(duration[0]) : null, durationShown ? days(duration[1]) : null));
			}
			Row total = null;
			if (measure.additive() && (rows.size() > 1 || !this.tables.rows(measure).equals(List.of("")))) {
				List<@Nullable Long> cells = new ArrayList<>();
				if (!oneColumn) {
					for (String column : columns) {
						cells.add(cell(measure, ReportTables.TOTAL, column));
					}
				}
				total = new Row(ReportTables.TOTAL, labels.apply("report.total"), cells,
						cell(measure, ReportTables.TOTAL, ReportTables.TOTAL), null, null);
			}
			String title = labels.apply("report.measure." + measure.name());
			String id = "grafiek-" + measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
			String chart = Charts.bars(id, title, hidden,
					rows.stream().map((row) -> new Charts.Value(row.label(), row.total())).toList());
			List<String> periods = this.trend.stream().map(Period::code).toList();
			List<@Nullable Long> trend = new ArrayList<>();
			List<Charts.Value> points = new ArrayList<>();
			for (Period period : this.trend) {
				Long value = this.tables.hidden(period, this.scope, measure, ReportTables.TOTAL, ReportTables.TOTAL)
						? null : this.tables.value(period, this.scope, measure, ReportTables.TOTAL, ReportTables.TOTAL);
				trend.add(value);
				points.add(new Charts.Value(period.code(), value));
			}
			String trendChart = Charts.line(id + "-verloop", title + " " + labels.apply("report.trend"), hidden,
					points);
			String rowHeader = measure.rows().isEmpty() ? "" : labels.apply("report.dimension." + measure.rows());
			sections.add(new Section(measure, title, rowHeader,
					oneColumn ? List.of() : columns.stream().map((c) -> label(labels, c)).toList(), rows, total, chart,
					periods, trend, trendChart));
		}
		return sections;
	}

	private @Nullable Long cell(Measure measure, String row, String column) {
		Period period = this.run.period();
		return this.tables.hidden(period, this.scope, measure, row, column) ? null
				: this.tables.value(period, this.scope, measure, row, column);
	}

	private static String label(Function<String, String> labels, String code) {
		return code.isEmpty() ? labels.apply("report.all") : labels.apply("report.code." + code);
	}

	private static String days(double days) {
		return String.format(Locale.ROOT, "%.1f", days).replace(".0", "").replace('.', ',');
	}

}
