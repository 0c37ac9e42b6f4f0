package nl.lse.platform.demo;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The platform's clock in a demo run only: the system clock, except during a request that
 * carries {@value #HEADER} (a date in the past), which happens on that day at the current
 * time of day. The demo history loader uses it to make cases across the last twelve
 * months through the platform's own API and rules ("today" is that day for every rule and
 * every recorded date), so that every earlier report period has figures. Without the demo
 * profile neither the clock nor the header exists.
 */
final class DemoClock extends Clock {

	static final String HEADER = "X-LSE-Demo-Date";

	private static final ThreadLocal<LocalDate> DAY = new ThreadLocal<>();

	private final Clock system;

	DemoClock(Clock system) {
		this.system = system;
	}

	@Override
	public ZoneId getZone() {
		return this.system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new DemoClock(this.system.withZone(zone));
	}

	@Override
	public Instant instant() {
		LocalDate day = DAY.get();
		if (day == null) {
			return this.system.instant();
		}
		return day.atTime(LocalTime.now(this.system)).atZone(this.system.getZone()).toInstant();
	}

	/** Sets the request's day from the header (only a day in the past is taken). */
	static final class DayFilter extends OncePerRequestFilter {

		private final Clock system;

		DayFilter(Clock system) {
			this.system = system;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			LocalDate day = parse(request.getHeader(HEADER));
			if (day == null || !day.isBefore(LocalDate.now(this.system))) {
				chain.doFilter(request, response);
				return;
			}
			DAY.set(day);
			try {
				chain.doFilter(request, response);
			}
			finally {
				DAY.remove();
			}
		}

		private static @Nullable LocalDate parse(@Nullable String header) {
			try {
				return (header != null) ? LocalDate.parse(header) : null;
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

	}

}
