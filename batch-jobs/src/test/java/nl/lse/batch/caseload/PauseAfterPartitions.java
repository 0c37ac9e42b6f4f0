package nl.lse.batch.caseload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import nl.lse.batch.reports.ReportProgress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Test only, in the child JVM of {@link CaseloadRestartIntegrationTests}: after
 * {@code lse.test.pause-after-partitions} municipalities the run writes
 * {@code lse.test.pause-marker} and waits, inside the partition that just wrote its rows
 * (Batch 6 has recorded it completed by then), until a stop is asked for (or two minutes
 * pass); the test kills or stops the process meanwhile.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("lse.test.pause-after-partitions")
class PauseAfterPartitions {

	@Bean
	ReportProgress.Observer pauseObserver(@Value("${lse.test.pause-after-partitions}") int after,
			@Value("${lse.test.pause-marker}") Path marker, ObjectProvider<ReportProgress> progress) {
		return (step, done) -> {
			if (done != after) {
				return;
			}
			try {
				Files.writeString(marker, String.valueOf(step.getJobExecution().getId()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Instant until = Instant.now().plus(Duration.ofMinutes(2));
			while (Instant.now().isBefore(until) && !progress.getObject().stopping()) {
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		};
	}

}
