package nl.lse.platform.worklists;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * {@code lse.reminders.*}, the same settings as the daily reminder e-mails of batch-jobs:
 * how many days ahead the start page announces an aftercare contact
 * ({@code due-within-days}, 7), and after how many days a handover not yet accepted is
 * shown to LSE's coordinator ({@code handover-waiting-days}, 14).
 */
@ConfigurationProperties("lse.reminders")
record StartPageReminders(@DefaultValue("7") int dueWithinDays, @DefaultValue("14") int handoverWaitingDays) {

	StartPageReminders {
		if (dueWithinDays < 0 || dueWithinDays > 60 || handoverWaitingDays < 1) {
			throw new IllegalArgumentException(
					"lse.reminders: due-within-days 0 to 60, handover-waiting-days at least 1");
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(StartPageReminders.class)
	static class Settings {

	}

}
