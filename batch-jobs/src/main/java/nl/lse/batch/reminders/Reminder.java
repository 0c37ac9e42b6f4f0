package nl.lse.batch.reminders;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One thing to remind someone of: a trajectory (by its case's reference) with an
 * aftercare contact due or overdue, or a handover waiting for acceptance since a day.
 */
record Reminder(Kind kind, String tenant, String trajectoryId, String reference, LocalDate day,
		@Nullable String lseWorker) {

	enum Kind {

		/** An aftercare contact due within the coming days. */
		AFTERCARE_DUE,
		/** An aftercare contact whose day has passed without it being held. */
		AFTERCARE_OVERDUE,
		/** A handover that waits for acceptance longer than it should. */
		HANDOVER_WAITING

	}

	/**
	 * The line of the e-mail: the reference, what, since or on which day, and the link.
	 */
	String line(String portalUrl) {
		String what = switch (this.kind) {
			case AFTERCARE_DUE -> "nazorgcontact gepland op " + dutch(this.day);
			case AFTERCARE_OVERDUE -> "nazorgcontact te laat, gepland op " + dutch(this.day);
			case HANDOVER_WAITING -> "overdracht wacht sinds " + dutch(this.day) + " op acceptatie";
		};
		return "- " + this.reference + ": " + what + "\n  " + portalUrl + "/t/" + this.tenant + "/trajecten/"
				+ this.trajectoryId;
	}

	/** A day as the e-mails write it, e.g. 5-10-2026. */
	static String dutch(LocalDate day) {
		return day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear();
	}

}
