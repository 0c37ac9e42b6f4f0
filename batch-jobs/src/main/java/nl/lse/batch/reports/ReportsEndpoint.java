package nl.lse.batch.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/reports}: the report runs in progress in this process, with the
 * municipalities done of total.
 */
@Endpoint(id = "reports")
public class ReportsEndpoint {

	private final ReportProgress progress;

	ReportsEndpoint(ReportProgress progress) {
		this.progress = progress;
	}

	@ReadOperation
	public List<Map<String, Object>> running() {
		List<Map<String, Object>> running = new ArrayList<>();
		this.progress.running()
			.forEach((execution, run) -> running.add(Map.of("jobExecution", execution, "job", run.job(), "period",
					run.period(), "municipalitiesDone", run.done().get(), "municipalities", run.total())));
		return running;
	}

}
