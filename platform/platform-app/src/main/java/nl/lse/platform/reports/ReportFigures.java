package nl.lse.platform.reports;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.lse.platform.reporting.Report;
import nl.lse.platform.reporting.Period;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Reads the report tables in {@code platform} (written by batch-jobs): the current run of
 * each period, its counts and its duration summaries. Outside any tenant: the rows hold
 * counts under codes only.
 */
public class ReportFigures {

	private final JdbcTemplate jdbc;

	ReportFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A period's current run. */
	public record Run(long id, Period period, int revision, OffsetDateTime finishedAt, boolean incomplete,
			List<String> leftOut) {
	}

	/** The current runs of a report, newest period first. */
	List<Run> runs(Report report) {
		List<Run> runs = this.jdbc.query(
				"""
						select r.id, r.period, r.revision, r.finished_at, r.incomplete, array_to_string(r.left_out, ',') as left_out
						from platform.report_current c join platform.report_run r on r.id = c.run_id
						where c.job = ? and r.status = 'COMPLETED'""",
				(rs, row) -> new Run(rs.getLong("id"), Period.parse(rs.getString("period")), rs.getInt("revision"),
						rs.getObject("finished_at", OffsetDateTime.class), rs.getBoolean("incomplete"),
						rs.getString("left_out").isEmpty() ? List.of() : List.of(rs.getString("left_out").split(","))),
				report.job());
		List<Run> sorted = new ArrayList<>(runs);
		sorted.sort(java.util.Comparator.comparing((Run run) -> run.period().until())
			.thenComparing((run) -> run.period().from())
			.reversed());
		return sorted;
	}

	/**
	 * Every count of the runs: the figures, and the number of trajectories behind each
	 * duration (as {@link Measure#CASELOAD_DURATIONS} or
	 * {@link Measure#HANDOVER_DURATIONS}).
	 */
	List<ReportTables.Count> counts(Report report, List<Run> runs) {
		Map<Long, Period> periods = new HashMap<>();
		runs.forEach((run) -> periods.put(run.id(), run.period()));
		Long[] ids = periods.keySet().toArray(Long[]::new);
		List<ReportTables.Count> counts = new ArrayList<>();
		this.jdbc.query("""
				select run_id, scope, measure, key1, key2, value from platform.report_figure where run_id = any(?)
				union all
				select run_id, scope, 'durations', measure, '', trajectories from platform.report_duration_summary
				where run_id = any(?) and trajectories > 0""", (RowCallbackHandler) (rs) -> {
			String stored = rs.getString("measure");
			Measure measure = Measure.stored(report, stored).orElse(null);
			if (measure != null) {
				counts.add(new ReportTables.Count(periods.get(rs.getLong("run_id")), rs.getString("scope"), measure,
						rs.getString("key1"), rs.getString("key2"), rs.getLong("value")));
			}
		}, ids, ids);
		return counts;
	}

	/** Median and 90th percentile (days) per duration of one scope, where stored. */
	Map<String, double[]> durations(long runId, String scope) {
		Map<String, double[]> durations = new HashMap<>();
		this.jdbc.query("""
				select measure, median_days, p90_days from platform.report_duration_summary
				where run_id = ? and scope = ? and not suppressed""", (RowCallbackHandler) (rs) -> durations
			.put(rs.getString("measure"), new double[] { rs.getDouble("median_days"), rs.getDouble("p90_days") }),
				runId, scope);
		return durations;
	}

}
