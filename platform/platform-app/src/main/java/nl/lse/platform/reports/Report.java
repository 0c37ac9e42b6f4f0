package nl.lse.platform.reports;

import java.util.Arrays;
import java.util.Optional;

/** A management report: its job in batch-jobs and its address under {@code /reports}. */
public enum Report {

	CASELOAD("caseloadReport", "caseload"), HANDOVER("handoverReport", "overdracht");

	private final String job;

	private final String path;

	Report(String job, String path) {
		this.job = job;
		this.path = path;
	}

	public String job() {
		return this.job;
	}

	public String path() {
		return this.path;
	}

	static Optional<Report> ofPath(String path) {
		return Arrays.stream(values()).filter((r) -> r.path.equals(path)).findFirst();
	}

}
