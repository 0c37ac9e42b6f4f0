package nl.lse.platform.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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

	/** A month, a quarter or a year. */
	public enum Kind {

		MONTH, QUARTER, YEAR

	}

	public Kind kind() {
		long months = ChronoUnit.MONTHS.between(this.from, this.until);
		return (months == 1) ? Kind.MONTH : (months == 3) ? Kind.QUARTER : Kind.YEAR;
	}

	/**
	 * The periods one level below that make this one up: a quarter's three months, a
	 * year's four quarters; none for a month.
	 */
	public List<Period> parts() {
		int step = switch (kind()) {
			case MONTH -> 0;
			case QUARTER -> 1;
			case YEAR -> 3;
		};
		List<Period> parts = new ArrayList<>();
		for (LocalDate day = this.from; step > 0 && day.isBefore(this.until); day = day.plusMonths(step)) {
			parts.add((step == 1) ? month(YearMonth.from(day)) : quarter(day));
		}
		return parts;
	}

	/**
	 * The {@code count} periods of this kind that end with this one, oldest first (none
	 * before 2000, the first year a period can be).
	 */
	public List<Period> trend(int count) {
		List<Period> trend = new ArrayList<>();
		LocalDate day = this.from;
		for (int i = 0; i < count && day.getYear() >= 2000; i++) {
			trend.add(0, switch (kind()) {
				case MONTH -> month(YearMonth.from(day));
				case QUARTER -> quarter(day);
				case YEAR -> parse(String.valueOf(day.getYear()));
			});
			day = day.minusMonths((kind() == Kind.MONTH) ? 1 : (kind() == Kind.QUARTER) ? 3 : 12);
		}
		return trend;
	}

	@Override
	public String toString() {
		return this.code;
	}

}
