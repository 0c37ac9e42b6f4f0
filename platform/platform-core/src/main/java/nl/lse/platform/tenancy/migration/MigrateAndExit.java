package nl.lse.platform.tenancy.migration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

/**
 * The one-off migration command ({@code --lse.migration.only=true}): the migrations ran
 * while the context started; this ends the process with exit code 0, or 2 when a tenant
 * failed and went into maintenance.
 */
public class MigrateAndExit implements ApplicationRunner, ApplicationContextAware {

	private final MigrationsOnStartup migrations;

	private ApplicationContext context;

	public MigrateAndExit(MigrationsOnStartup migrations) {
		this.migrations = migrations;
	}

	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		MigrationReport report = this.migrations.report();
		int code = (report != null && report.failed().isEmpty()) ? 0 : 2;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
