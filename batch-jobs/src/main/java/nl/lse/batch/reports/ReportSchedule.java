package nl.lse.batch.reports;

import nl.lse.platform.reporting.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The in-app schedule for local runs ({@code lse.reports.schedule.enabled}; off in the
 * Helm chart, where CronJobs run the command line): every report job for the month just
 * ended on the 1st at 02:00, and for the quarter just ended on the 1st of January, April,
 * July and October at 03:00. A period that completed already is skipped.
 */
public class ReportSchedule {

	private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

	private final List<Job> jobs;

	private final ReportLauncher launcher;

	private final Clock clock;

	public ReportSchedule(List<Job> jobs, ReportLauncher launcher, Clock clock) {
		this.jobs = jobs;
		this.launcher = launcher;
		this.clock = clock;
	}

	@Scheduled(cron = "0 0 2 1 * *", zone = "Europe/Amsterdam")
	public void lastMonth() {
		run(Period.month(YearMonth.now(this.clock).minusMonths(1)));
	}

	@Scheduled(cron = "0 0 3 1 1,4,7,10 *", zone = "Europe/Amsterdam")
	public void lastQuarter() {
		run(Period.quarter(LocalDate.now(this.clock).minusMonths(1)));
	}

	void run(Period period) {
		for (Job job : this.jobs) {
			try {
				log.info("Scheduled {} {}: {}", job.getName(), period,
						this.launcher.launch(job, period, false).getStatus());
			}
			catch (ReportLauncher.Refused ex) {
				log.info("Scheduled {} {} skipped: {}", job.getName(), period, ex.getMessage());
			}
			catch (Exception ex) {
				log.error("Scheduled {} {} failed", job.getName(), period, ex);
			}
		}
	}

}
