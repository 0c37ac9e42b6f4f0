package nl.lse.platform.reports;

import nl.lse.platform.reporting.Report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A measure of a report as the pages show it: its report, whether it counts what happened
 * in the period (a flow: a quarter is the sum of its months) or what was open at its end
 * (a stock: a quarter equals its last month), and what its rows and columns are.
 */
public enum Measure {

	OPEN_TRAJECTORIES(Report.CASELOAD, false, "service", "phase"),
	NEW_TRAJECTORIES(Report.CASELOAD, true, "service", ""),
	CLOSED_TRAJECTORIES(Report.CASELOAD, true, "service", "reason"),
	AFTERCARE_ACTIVE(Report.CASELOAD, false, "service", ""),
	OPEN_CONSULTATIONS(Report.CASELOAD, false, "service", "status"),
	NEW_CONSULTATIONS(Report.CASELOAD, true, "service", ""), CLOSED_CONSULTATIONS(Report.CASELOAD, true, "service", ""),
	OPEN_CASES_BY_SEVERITY(Report.CASELOAD, false, "severity", ""),
	OPEN_CASES_BY_SUPPORT_LEVEL(Report.CASELOAD, false, "support_level", ""), NEW_CASES(Report.CASELOAD, true, "", ""),
	CLOSED_CASES(Report.CASELOAD, true, "", ""), AFTERCARE_CONTACTS_OVERDUE(Report.CASELOAD, false, "", ""),
	AFTERCARE_CONTACTS_DONE(Report.CASELOAD, true, "", ""), HANDOVERS_COMPLETED(Report.CASELOAD, true, "receiver", ""),
	WORKLOAD(Report.CASELOAD, false, "team", "service"), SELF_REFERRALS(Report.CASELOAD, true, "self_referral", ""),

	HANDOVERS_BY_SERVICE(Report.HANDOVER, true, "service", "receiver", "handovers_completed"),
	HANDOVERS_PENDING(Report.HANDOVER, false, "service", ""),
	HANDOVERS_WAITING_TOO_LONG(Report.HANDOVER, false, "service", ""),
	AFTERCARE_STARTED(Report.HANDOVER, true, "service", ""),
	AFTERCARE_ENDED(Report.HANDOVER, true, "service", "reason"),
	CASES_CLOSED_WITHOUT_HANDOVER(Report.HANDOVER, true, "closure_category", ""),

	/**
	 * The number of trajectories behind each duration of the caseload report (its median
	 * needs k of them); the rows do not add up.
	 */
	CASELOAD_DURATIONS(Report.CASELOAD, true, "duration", "", "durations"),
	/** The same for the handover report. */
	HANDOVER_DURATIONS(Report.HANDOVER, true, "duration", "", "durations");

	private final Report report;

	private final boolean flow;

	private final String rows;

	private final String columns;

	private final String stored;

	Measure(Report report, boolean flow, String rows, String columns) {
		this(report, flow, rows, columns, null);
	}

	Measure(Report report, boolean flow, String rows, String columns, String stored) {
		this.report = report;
		this.flow = flow;
		this.rows = rows;
		this.columns = columns;
		this.stored = (stored != null) ? stored : name().toLowerCase();
	}

	/** The report it belongs to. */
	Report report() {
		return this.report;
	}

	boolean flow() {
		return this.flow;
	}

	/** What the rows are (a message key part), or empty for one row. */
	public String rows() {
		return this.rows;
	}

	/** What the columns are, or empty for one column. */
	String columns() {
		return this.columns;
	}

	/** Whether its rows add up to a total that the page shows (not so for durations). */
	public boolean additive() {
		return !this.stored.equals("durations");
	}

	/** The name in {@code platform.report_figure.measure}. */
	String stored() {
		return this.stored;
	}

	static List<Measure> of(Report report) {
		return Arrays.stream(values()).filter((m) -> m.report == report).toList();
	}

	static Optional<Measure> stored(Report report, String measure) {
		return of(report).stream().filter((m) -> m.stored.equals(measure)).findFirst();
	}

}
