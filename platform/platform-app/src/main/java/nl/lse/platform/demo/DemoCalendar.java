package nl.lse.platform.demo;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The days the steps of a demo case happen on. The present demo does everything today
 * (with some dates given in the past, as a user would enter them); the history of the
 * last twelve months does each step on its own day, and the platform's clock is set to
 * that day for the step ({@link DemoClock}), so referral, intake, plan, aftercare and
 * handover lie where the reports look for them.
 */
interface DemoCalendar {

	/** The steps of a case that carry a day. */
	enum Step {

		SIGNAL_RECEIVED, REFERRED, INTAKE, PLANNING, AGREED, FIRST_CONTACT, SECOND_CONTACT, SUPPORT_ENDS, AFTERCARE,
		AFTERCARE_CONTACT, HANDOVER, ACCEPTED

	}

	/** The day the step happens on (the date a form is given). */
	LocalDate day(Step step);

	/** The platform's day during the step, or null for today. */
	@Nullable LocalDate platformDay(Step step);

	/**
	 * Today's demo: the dates the present demo has always used, everything done today.
	 */
	static DemoCalendar present(LocalDate today, int n, boolean overdue) {
		return new DemoCalendar() {

			@Override
			public LocalDate day(Step step) {
				return switch (step) {
					case SIGNAL_RECEIVED -> today.minusDays(20 + n % 30);
					case AGREED -> today.minusDays(35);
					case FIRST_CONTACT -> today.minusDays(30);
					case SECOND_CONTACT -> today.minusDays(21);
					case SUPPORT_ENDS -> today.plusMonths(6);
					case AFTERCARE -> overdue ? today.minusDays(75) : today.minusDays(25);
					case AFTERCARE_CONTACT -> day(Step.AFTERCARE).plusDays(14);
					case HANDOVER -> today.minusDays(6);
					case ACCEPTED -> today.minusDays(1);
					default -> today;
				};
			}

			@Override
			public @Nullable LocalDate platformDay(Step step) {
				return null;
			}

		};
	}

	/** A case referred on {@code referred}, each step on its own later day. */
	static DemoCalendar history(LocalDate referred) {
		return new DemoCalendar() {

			@Override
			public LocalDate day(Step step) {
				return switch (step) {
					case SIGNAL_RECEIVED -> referred.minusDays(10);
					case REFERRED -> referred;
					case INTAKE -> referred.plusDays(7 + referred.getDayOfMonth() % 5);
					case PLANNING -> referred.plusDays(14 + referred.getDayOfMonth() % 7);
					case AGREED -> referred.plusDays(30 + referred.getDayOfMonth() % 9);
					case FIRST_CONTACT -> referred.plusDays(40);
					case SECOND_CONTACT -> referred.plusDays(55);
					case SUPPORT_ENDS -> referred.plusDays(210);
					case AFTERCARE -> referred.plusDays(85 + referred.getDayOfMonth() % 11);
					case AFTERCARE_CONTACT -> day(Step.AFTERCARE).plusDays(14);
					case HANDOVER -> referred.plusDays(140 + referred.getDayOfMonth() % 13);
					case ACCEPTED -> day(Step.HANDOVER).plusDays(5);
				};
			}

			@Override
			public LocalDate platformDay(Step step) {
				return day(step);
			}

		};
	}

}
