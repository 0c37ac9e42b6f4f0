package nl.lse.batch.reports;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Records how a run ended when it did not complete (FAILED, or STOPPED after a SIGTERM):
 * its rows stay, and a restart carries on from them.
 */
public class RunEnding implements JobExecutionListener {

	private final ReportRuns runs;

	private final String runIdKey;

	public RunEnding(ReportRuns runs, String runIdKey) {
		this.runs = runs;
		this.runIdKey = runIdKey;
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED
				&& execution.getExecutionContext().containsKey(this.runIdKey)) {
			this.runs.end(execution.getExecutionContext().getLong(this.runIdKey),
					(execution.getStatus() == BatchStatus.STOPPED) ? "STOPPED" : "FAILED");
		}
	}

}
