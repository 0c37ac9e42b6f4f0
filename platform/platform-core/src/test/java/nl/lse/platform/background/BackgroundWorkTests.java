package nl.lse.platform.background;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundWorkTests {

	@Test
	void aTaskThatFailsRunsAgainAtItsNextRound() throws Exception {
		CountDownLatch rounds = new CountDownLatch(3);
		BackgroundWork work = new BackgroundWork("test-work", 1).every("A failing task", Duration.ZERO,
				Duration.ofMillis(5), () -> {
					rounds.countDown();
					throw new IllegalStateException("fails every time");
				});
		work.start();
		try {
			assertThat(rounds.await(10, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			work.stop();
		}
		assertThat(work.isRunning()).isFalse();
	}

	@Test
	void oneOffWorkRunsOnlyWhileStarted() throws Exception {
		BackgroundWork work = new BackgroundWork("test-work", 1);
		AtomicInteger ran = new AtomicInteger();
		assertThat(work.once("Before the start", Duration.ZERO, ran::incrementAndGet)).isFalse();
		assertThat((Object) work.marker(Duration.ZERO)).isNull();
		work.start();
		try {
			assertThat(work.once("After the start", Duration.ZERO, ran::incrementAndGet)).isTrue();
			work.marker(Duration.ZERO).get(10, TimeUnit.SECONDS);
			assertThat(ran).hasValue(1);
		}
		finally {
			work.stop();
		}
		assertThat(work.once("After the stop", Duration.ZERO, ran::incrementAndGet)).isFalse();
	}

}
