package nl.lse.platform.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * A management report: its job in batch-jobs, its address under {@code /reports} in the
 * portal, and its name in the e-mail that says it is ready.
 */
public enum Report {

	CASELOAD("caseloadReport", "caseload", "caseload"),
	HANDOVER("handoverReport", "overdracht", "overdracht en nazorg");

	private final String job;

	private final String path;

	private final String dutchName;

	Report(String job, String path, String dutchName) {
		this.job = job;
		this.path = path;
		this.dutchName = dutchName;
	}

	public String job() {
		return this.job;
	}

	public String path() {
		return this.path;
	}

	public String dutchName() {
		return this.dutchName;
	}

	public static Optional<Report> ofPath(String path) {
		return Arrays.stream(values()).filter((r) -> r.path.equals(path)).findFirst();
	}

	public static Optional<Report> ofJob(String job) {
		return Arrays.stream(values()).filter((r) -> r.job.equals(job)).findFirst();
	}

}
