package nl.lse.batch.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lse.reminders.*}: how many days ahead an aftercare contact is announced
 * ({@code due-within-days}, 7), after how many days a handover waits too long
 * ({@code handover-waiting-days}, 14), when the daily run goes ({@code cron}, 07:00) and
 * whether the app runs it itself ({@code schedule}, as the reports' schedule; the Helm
 * chart runs {@code dailyReminders} from a CronJob instead).
 */
@ConfigurationProperties("lse.reminders")
record ReminderProperties(@DefaultValue("7") int dueWithinDays, @DefaultValue("14") int handoverWaitingDays,
		@DefaultValue("0 0 7 * * *") String cron) {

	ReminderProperties {
		if (dueWithinDays < 0 || dueWithinDays > 60 || handoverWaitingDays < 1) {
			throw new IllegalArgumentException("lse.reminders: 0 <= due-within-days <= 60, handover-waiting-days >= 1");
		}
	}

}
