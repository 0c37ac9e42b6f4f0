package nl.lse.batch.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's period: a month ({@code 2026-11}), a quarter ({@code 2026-Q3}) or a year
 * ({@code 2026}), as the days {@code [from, until)}.
 */
public record Period(String code, LocalDate from, LocalDate until) {

	private static final Pattern FORMAT = Pattern.compile("([0-9]{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?");

	/**
	 * Parses a period.
	 * @throws IllegalArgumentException with a message that says what a period looks like
	 */
	public static Period parse(String code) {
		Matcher matcher = FORMAT.matcher(code.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"Period '" + code + "' is not a month (2026-11), a quarter (2026-Q3) or a year (2026)");
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < 2000 || year > 2999) {
			throw new IllegalArgumentException("Period '" + code + "' is not a year this platform reports on");
		}
		if (matcher.group(2) != null) {
			YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
			return new Period(matcher.group(), month.atDay(1), month.plusMonths(1).atDay(1));
		}
		if (matcher.group(3) != null) {
			YearMonth first = YearMonth.of(year, (Integer.parseInt(matcher.group(3)) - 1) * 3 + 1);
			return new Period(matcher.group(), first.atDay(1), first.plusMonths(3).atDay(1));
		}
		return new Period(matcher.group(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
	}

	/** The month of a date, e.g. the period a monthly schedule reports on. */
	public static Period month(YearMonth month) {
		return parse(month.toString());
	}

	/** The quarter of a date. */
	public static Period quarter(LocalDate day) {
		return parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
	}

	/**
	 * The day the "open at the end of the period" figures are counted on: the last day of
	 * the period, or {@code today} while the period is still running.
	 */
	public LocalDate asOf(LocalDate today) {
		LocalDate last = this.until.minusDays(1);
		return today.isBefore(last) ? today : last;
	}

	/**
	 * Whether the period has begun on {@code today} (a report of the future is refused).
	 */
	public boolean hasBegun(LocalDate today) {
		return !today.isBefore(this.from);
	}

	@Override
	public String toString() {
		return this.code;
	}

}
