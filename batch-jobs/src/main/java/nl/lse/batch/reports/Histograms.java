package nl.lse.batch.reports;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.LinkedHashMap;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import org.jspecify.annotations.Nullable;

/**
 * Medians and 90th percentiles from duration histograms (days to count). Partitions emit
 * histograms, so national figures are exact: the national histogram is the sum of the
 * tenants', and the percentile is read from it, never averaged from the tenants'.
 * Percentiles are the nearest rank (the smallest value with at least p% of the
 * observations at or below it); the median of an even count is the mean of the two middle
 * values. Fewer than {@code k} observations give no figures (suppressed).
 */
public final class Histograms {

	private Histograms() {
	}

	/** The sum of histograms. */
	public static NavigableMap<Integer, Long> merge(Iterable<? extends Map<Integer, Long>> histograms) {
		NavigableMap<Integer, Long> merged = new TreeMap<>();
		for (Map<Integer, Long> histogram : histograms) {
			histogram.forEach((days, count) -> merged.merge(days, count, Long::sum));
		}
		return merged;
	}

	/**
	 * The histograms a query gives in rows of {@code measure}, {@code days}, {@code n} (a
	 * negative day, from dates entered the wrong way round, counts as 0).
	 */
	public static Map<String, NavigableMap<Integer, Long>> query(NamedParameterJdbcTemplate jdbc, String sql,
			SqlParameterSource parameters) {
		Map<String, NavigableMap<Integer, Long>> histograms = new LinkedHashMap<>();
		jdbc.query(sql, parameters,
				(RowCallbackHandler) (rs) -> histograms.computeIfAbsent(rs.getString("measure"), (m) -> new TreeMap<>())
					.merge(Math.max(0, rs.getInt("days")), rs.getLong("n"), Long::sum));
		return histograms;
	}

	public static long count(Map<Integer, Long> histogram) {
		return histogram.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The summary of a histogram, suppressed below {@code k} observations. */
	public static Summary summarize(NavigableMap<Integer, Long> histogram, int k) {
		long n = count(histogram);
		if (n < k || n == 0) {
			return new Summary(n, null, null);
		}
		BigDecimal median = (n % 2 == 1) ? BigDecimal.valueOf(rank(histogram, (n + 1) / 2))
				: BigDecimal.valueOf(rank(histogram, n / 2) + rank(histogram, n / 2 + 1)).divide(BigDecimal.valueOf(2));
		long p90rank = (long) Math.ceil(0.9 * n);
		return new Summary(n, median.setScale(1), BigDecimal.valueOf(rank(histogram, p90rank)).setScale(1));
	}

	/** The value of the observation at 1-based rank {@code rank}. */
	static int rank(NavigableMap<Integer, Long> histogram, long rank) {
		long seen = 0;
		for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
			seen += bucket.getValue();
			if (seen >= rank) {
				return bucket.getKey();
			}
		}
		throw new IllegalArgumentException("Rank " + rank + " beyond " + seen + " observations");
	}

	/** How many observations, and the median and 90th percentile unless suppressed. */
	public record Summary(long count, @Nullable BigDecimal median, @Nullable BigDecimal p90) {

		public boolean suppressed() {
			return this.median == null;
		}

	}

}
