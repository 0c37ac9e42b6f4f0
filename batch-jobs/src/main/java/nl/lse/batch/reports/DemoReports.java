package nl.lse.batch.reports;

import nl.lse.platform.reporting.Period;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A demo run only ({@code lse.reports.demo=true}, the demo profile): once the platform's
 * demo has made its twelve months of history in the demo municipalities (their setting
 * {@code demo.history-loaded}), runs every report for each of the last twelve months and
 * the last four quarters, in the background; periods done already are skipped, so a
 * second start adds nothing.
 */
public class DemoReports implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	private static final List<String> MUNICIPALITIES = List.of("gm0363", "gm0599", "gm0193");

	private static final Duration PATIENCE = Duration.ofMinutes(15);

	private final List<Job> jobs;

	private final ReportLauncher launcher;

	private final TenantTransactions tenants;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public DemoReports(List<Job> jobs, ReportLauncher launcher, TenantTransactions tenants, JdbcTemplate jdbc,
			Clock clock) {
		this.jobs = jobs;
		this.launcher = launcher;
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Thread thread = new Thread(this::runWhenHistoryIsIn, "demo-reports");
		thread.setDaemon(true);
		thread.start();
	}

	void runWhenHistoryIsIn() {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (!historyIsIn()) {
			if (Instant.now().isAfter(deadline)) {
				log.warn("Demo reports: the demo history did not appear within {}; no reports made", PATIENCE);
				return;
			}
			try {
				Thread.sleep(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		int made = 0;
		for (Period period : periods(LocalDate.now(this.clock))) {
			for (Job job : this.jobs) {
				try {
					this.launcher.launch(job, period, false);
					made++;
				}
				catch (ReportLauncher.Refused ex) {
					log.debug("Demo report {} {} skipped: {}", job.getName(), period, ex.getMessage());
				}
				catch (Exception ex) {
					log.warn("Demo report {} {} failed: {}", job.getName(), period, ex.toString());
				}
			}
		}
		log.info("Demo reports: {} runs over the last twelve months and four quarters", made);
	}

	/** The last twelve months and the last four quarters, oldest first. */
	static List<Period> periods(LocalDate today) {
		List<Period> periods = new ArrayList<>();
		for (int back = 12; back >= 1; back--) {
			periods.add(Period.month(YearMonth.from(today).minusMonths(back)));
		}
		for (int back = 4; back >= 1; back--) {
			periods.add(Period.quarter(today.minusMonths(3L * back)));
		}
		return periods;
	}

	private boolean historyIsIn() {
		try {
			for (String code : MUNICIPALITIES) {
				Integer found = this.tenants.inTenant(TenantId.of(code),
						(status) -> this.jdbc.queryForObject(
								"select count(*) from tenant_setting where name = 'demo.history-loaded'",
								Integer.class));
				if (found == null || found == 0) {
					return false;
				}
			}
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
