package nl.lse.platform.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.lse.platform.reporting.Report;
import nl.lse.platform.reporting.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long disclosure control takes over a national caseload report at full size: every
 * caseload measure for {@code lse.bench.municipalities} (342) municipalities over 12
 * months and 4 quarters, with random counts (a quarter of them 0, the rest 1 to 11). Not
 * part of {@code mvn verify} (its name does not end in Tests); run by
 * {@code bench/disclosure.sh}, report in
 * {@code platform/platform-app/target/bench/disclosure.md}.
 */
class DisclosureScaleBenchmark {

	@Test
	void disclosureOverEveryMunicipalityAndSixteenPeriods() throws IOException {
		int municipalities = Integer.getInteger("lse.bench.municipalities", 342);
		List<ReportTables.Count> counts = dataset(municipalities);
		List<Long> millis = new ArrayList<>();
		int hidden = 0;
		for (int round = 0; round < 3; round++) {
			long start = System.nanoTime();
			hidden = ReportTables.of(counts, 5).cellsHidden();
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		System.gc();
		long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000;
		String report = "# Disclosure control at full size\n\n" + municipalities + " municipalities, 16 periods, "
				+ counts.size() + " stored counts: " + hidden + " cells hidden; build and check (ms) per round: "
				+ millis + "; heap after: " + heap + " MB\n";
		Files.createDirectories(Path.of("target", "bench"));
		Files.writeString(Path.of("target", "bench", "disclosure.md"), report);
		assertThat(hidden).isPositive();
	}

	private static List<ReportTables.Count> dataset(int municipalities) {
		Random random = new Random(1);
		List<ReportTables.Count> counts = new ArrayList<>();
		List<Period> periods = new ArrayList<>(Period.parse("2026-10").trend(12));
		periods.addAll(Period.parse("2026-Q3").trend(4));
		for (Period period : periods) {
			for (Measure measure : Measure.of(Report.CASELOAD)) {
				for (int r = 0; r < (measure.rows().isEmpty() ? 1 : 3); r++) {
					for (int c = 0; c < (measure.columns().isEmpty() ? 1 : 4); c++) {
						String row = measure.rows().isEmpty() ? "" : "R" + r;
						String column = measure.columns().isEmpty() ? "" : "C" + c;
						long national = 0;
						for (int m = 0; m < municipalities; m++) {
							long value = (random.nextInt(4) == 0) ? 0 : random.nextInt(12);
							if (value > 0) {
								counts.add(new ReportTables.Count(period, String.format("gm%04d", m), measure, row,
										column, value));
								national += value;
							}
						}
						counts.add(new ReportTables.Count(period, "national", measure, row, column, national));
					}
				}
			}
		}
		return counts;
	}

}
