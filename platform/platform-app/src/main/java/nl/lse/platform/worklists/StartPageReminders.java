package nl.lse.platform.worklists;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * {@code lse.reminders.due-within-days} (7): how many days ahead the start page announces
 * an aftercare contact, the same setting as the daily reminder e-mails of batch-jobs.
 */
@ConfigurationProperties("lse.reminders")
record StartPageReminders(@DefaultValue("7") int dueWithinDays) {

	StartPageReminders {
		if (dueWithinDays < 0 || dueWithinDays > 60) {
			throw new IllegalArgumentException("lse.reminders.due-within-days: 0 to 60");
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(StartPageReminders.class)
	static class Settings {

	}

}
