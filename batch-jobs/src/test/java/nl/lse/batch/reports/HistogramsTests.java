package nl.lse.batch.reports;

import nl.lse.platform.reporting.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistogramsTests {

	@Test
	void medianOfAnOddCountIsTheMiddleValue() {
		Histograms.Summary summary = Histograms.summarize(histogram(19, 28, 31, 34, 41), 5);
		assertThat(summary.count()).isEqualTo(5);
		assertThat(summary.median()).isEqualByComparingTo("31");
		assertThat(summary.p90()).as("nearest rank ceil(4.5) = 5").isEqualByComparingTo("41");
	}

	@Test
	void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
		Histograms.Summary summary = Histograms.summarize(histogram(2, 4, 5, 7, 8, 10, 10, 10), 5);
		assertThat(summary.median()).isEqualByComparingTo(new BigDecimal("7.5"));
		assertThat(summary.p90()).isEqualByComparingTo("10");
	}

	@Test
	void fewerThanKObservationsAreSuppressed() {
		Histograms.Summary summary = Histograms.summarize(histogram(1, 2, 3, 4), 5);
		assertThat(summary.suppressed()).isTrue();
		assertThat(summary.count()).isEqualTo(4);
		assertThat(summary.p90()).isNull();
		assertThat(Histograms.summarize(new TreeMap<>(), 5).suppressed()).isTrue();
	}

	@Test
	void nationalFiguresComeFromTheMergedHistogramNotFromTheTenantsFigures() {
		NavigableMap<Integer, Long> a = histogram(1, 1, 1, 1, 1);
		NavigableMap<Integer, Long> b = histogram(100, 100, 100, 100, 100, 100);
		NavigableMap<Integer, Long> national = Histograms.merge(List.of(a, b));
		assertThat(national).containsExactly(Map.entry(1, 5L), Map.entry(100, 6L));
		// the mean of the two medians would be 50.5; the national median is 100
		assertThat(Histograms.summarize(national, 5).median()).isEqualByComparingTo("100");
	}

	@Test
	void aRankBeyondTheObservationsIsAnError() {
		assertThatThrownBy(() -> Histograms.rank(histogram(1, 2), 3)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void periodsAreMonthsQuartersAndYears() {
		assertThat(Period.parse("2026-Q3")).extracting(Period::from, Period::until)
			.containsExactly(java.time.LocalDate.of(2026, 7, 1), java.time.LocalDate.of(2026, 10, 1));
		assertThat(Period.parse("2026-11").until()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
		assertThat(Period.parse("2026").until()).isEqualTo(java.time.LocalDate.of(2027, 1, 1));
		assertThat(Period.parse("2026-Q3").asOf(java.time.LocalDate.of(2026, 8, 15)))
			.isEqualTo(java.time.LocalDate.of(2026, 8, 15));
		assertThat(Period.parse("2026-Q3").asOf(java.time.LocalDate.of(2026, 11, 1)))
			.isEqualTo(java.time.LocalDate.of(2026, 9, 30));
		for (String wrong : List.of("2026-13", "2026-Q5", "26-01", "2026-1", "", "1999")) {
			assertThatThrownBy(() -> Period.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
		}
	}

	private static NavigableMap<Integer, Long> histogram(int... days) {
		NavigableMap<Integer, Long> histogram = new TreeMap<>();
		for (int day : days) {
			histogram.merge(day, 1L, Long::sum);
		}
		return histogram;
	}

}
