package nl.lse.batch.reports;

import nl.lse.platform.reporting.Period;
import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The report tables in {@code platform} (platform V16), written as the runtime login
 * outside any tenant. A tenant's rows are replaced in one transaction (a restarted
 * partition leaves no duplicate); the last step adds the national rows and switches the
 * period's current figures to the run in one transaction.
 */
public class ReportRuns {

	private final JdbcTemplate jdbc;

	private final TransactionOperations transactions;

	private final String platformVersion;

	public ReportRuns(JdbcTemplate jdbc, TransactionOperations transactions, String platformVersion) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.platformVersion = platformVersion;
	}

	/**
	 * The run of (job, period, revision), created (or, should its first step run again,
	 * marked running again), with the tenants it covers and those it leaves out; its id.
	 */
	public long begin(String job, Period period, int revision, long jobInstanceId, int tenants, List<String> leftOut) {
		return this.transactions.execute((status) -> {
			Array left = this.jdbc
				.execute((java.sql.Connection connection) -> connection.createArrayOf("text", leftOut.toArray()));
			return this.jdbc.queryForObject("""
					insert into platform.report_run (job, period, revision, job_instance_id, platform_version, status,
						tenants_total, left_out)
					values (?, ?, ?, ?, ?, 'RUNNING', ?, ?)
					on conflict (job, period, revision) do update set status = 'RUNNING', finished_at = null,
						job_instance_id = excluded.job_instance_id
					returning id""", Long.class, job, period.code(), revision, jobInstanceId, this.platformVersion,
					tenants, left);
		});
	}

	/** Replaces the rows of one scope (a tenant, or LSE's own records) of the run. */
	public void write(long runId, String scope, List<Figure> figures,
			Map<String, NavigableMap<Integer, Long>> durations, int k) {
		this.transactions.executeWithoutResult((status) -> {
			delete(runId, scope);
			insert(runId, scope, figures, durations, k);
		});
	}

	/**
	 * Adds the national rows (the sum of the tenants' figures; the merged histograms) and
	 * makes the run the period's current one, in one transaction; the run is then
	 * COMPLETED.
	 */
	public void finish(long runId, int k) {
		this.transactions.executeWithoutResult((status) -> {
			delete(runId, "national");
			List<Figure> national = this.jdbc.query("""
					select measure, key1, key2, sum(value) as value from platform.report_figure
					where run_id = ? and scope like 'gm%' group by measure, key1, key2""",
					(rs, row) -> new Figure(rs.getString("measure"), rs.getString("key1"), rs.getString("key2"),
							rs.getLong("value")),
					runId);
			Map<String, NavigableMap<Integer, Long>> durations = new TreeMap<>();
			this.jdbc.query("""
					select measure, days, sum(trajectories) as n from platform.report_duration
					where run_id = ? and scope like 'gm%' group by measure, days""", (rs) -> {
				durations.computeIfAbsent(rs.getString("measure"), (m) -> new TreeMap<>())
					.put(rs.getInt("days"), rs.getLong("n"));
			}, runId);
			insert(runId, "national", national, durations, k);
			this.jdbc
				.update("""
						insert into platform.report_current (job, period, run_id)
						select job, period, id from platform.report_run where id = ?
						on conflict (job, period) do update set run_id = excluded.run_id, switched_at = statement_timestamp()""",
						runId);
			this.jdbc.update("update platform.report_run set status = 'COMPLETED', finished_at = statement_timestamp()"
					+ " where id = ?", runId);
		});
	}

	/**
	 * Marks the run as ended otherwise (FAILED or STOPPED); its rows stay for a restart.
	 */
	public void end(long runId, String status) {
		this.jdbc.update("update platform.report_run set status = ?, finished_at = statement_timestamp() where id = ?",
				status, runId);
	}

	/** The run that holds the period's current figures. */
	public Optional<Long> current(String job, Period period) {
		return this.jdbc
			.queryForList("select run_id from platform.report_current where job = ? and period = ?", Long.class, job,
					period.code())
			.stream()
			.findFirst();
	}

	/** The highest revision of (job, period) so far, or -1. */
	public int lastRevision(String job, Period period) {
		Integer last = this.jdbc.queryForObject(
				"select max(revision) from platform.report_run where job = ? and period = ?", Integer.class, job,
				period.code());
		return (last != null) ? last : -1;
	}

	private void delete(long runId, String scope) {
		this.jdbc.update("delete from platform.report_figure where run_id = ? and scope = ?", runId, scope);
		this.jdbc.update("delete from platform.report_duration where run_id = ? and scope = ?", runId, scope);
		this.jdbc.update("delete from platform.report_duration_summary where run_id = ? and scope = ?", runId, scope);
	}

	private void insert(long runId, String scope, List<Figure> figures,
			Map<String, NavigableMap<Integer, Long>> durations, int k) {
		List<Object[]> figureRows = new ArrayList<>();
		for (Figure figure : figures) {
			figureRows
				.add(new Object[] { runId, scope, figure.measure(), figure.key1(), figure.key2(), figure.value() });
		}
		this.jdbc.batchUpdate("insert into platform.report_figure (run_id, scope, measure, key1, key2, value)"
				+ " values (?, ?, ?, ?, ?, ?)", figureRows);
		List<Object[]> durationRows = new ArrayList<>();
		List<Object[]> summaryRows = new ArrayList<>();
		durations.forEach((measure, histogram) -> {
			histogram.forEach((days, count) -> durationRows.add(new Object[] { runId, scope, measure, days, count }));
			Histograms.Summary summary = Histograms.summarize(histogram, k);
			summaryRows.add(new Object[] { runId, scope, measure, summary.count(), summary.median(), summary.p90(),
					summary.suppressed() });
		});
		this.jdbc.batchUpdate("insert into platform.report_duration (run_id, scope, measure, days, trajectories)"
				+ " values (?, ?, ?, ?, ?)", durationRows);
		this.jdbc.batchUpdate("insert into platform.report_duration_summary (run_id, scope, measure, trajectories,"
				+ " median_days, p90_days, suppressed) values (?, ?, ?, ?, ?, ?, ?)", summaryRows);
	}

}
