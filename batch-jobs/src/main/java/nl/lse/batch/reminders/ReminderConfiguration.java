package nl.lse.batch.reminders;

import java.time.Clock;

import javax.sql.DataSource;

import nl.lse.batch.reports.Command;
import nl.lse.batch.reports.ReportsProperties;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.tenancy.catalog.TenantCatalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/** The daily reminders, and their schedule where the app runs it itself. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
class ReminderConfiguration {

	@Bean
	DailyReminders dailyReminders(DataSource dataSource, TenantCatalog tenantCatalog, TenantTransactions tenants,
			ObjectProvider<JavaMailSender> mail, ReminderProperties properties, ReportsProperties reports,
			Clock clock) {
		return new DailyReminders(new JdbcTemplate(dataSource), tenantCatalog, tenants, mail, properties,
				reports.mail(), clock);
	}

	/**
	 * {@code java -jar batch-jobs.jar dailyReminders [day=2026-11-30]}: exit 0 when sent
	 * (or nothing to send), 2 on a wrong argument.
	 */
	@Bean
	Command dailyRemindersCommand(DailyReminders reminders) {
		return new Command() {
			@Override
			public String name() {
				return "dailyReminders";
			}

			@Override
			public int run(java.util.List<String> arguments) {
				if (arguments.isEmpty()) {
					reminders.sendToday();
					return 0;
				}
				if (arguments.size() == 1 && arguments.get(0).matches("day=[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
					try {
						reminders.send(java.time.LocalDate.parse(arguments.get(0).substring(4)));
						return 0;
					}
					catch (java.time.format.DateTimeParseException ex) {
						// falls through to the usage
					}
				}
				System.err.println("Usage: java -jar batch-jobs.jar dailyReminders [day=2026-11-30]");
				return 2;
			}
		};
	}

	@Bean
	@ConditionalOnProperty(name = "lse.reports.schedule.enabled", havingValue = "true")
	ReminderSchedule reminderSchedule(DailyReminders reminders) {
		return new ReminderSchedule(reminders);
	}

	/** Every morning (lse.reminders.cron). */
	static class ReminderSchedule {

		private final DailyReminders reminders;

		ReminderSchedule(DailyReminders reminders) {
			this.reminders = reminders;
		}

		@Scheduled(cron = "${lse.reminders.cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
		void everyMorning() {
			this.reminders.sendToday();
		}

	}

}
