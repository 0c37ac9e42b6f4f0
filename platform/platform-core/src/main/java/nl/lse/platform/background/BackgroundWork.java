package nl.lse.platform.background;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * Tasks that run every so often on daemon threads named after the work, from the
 * application's start to its stop: the audit sealer, the event relay, the self-referral
 * housekeeping. A task that throws is logged and runs again at its next round; a round
 * never overlaps the previous one of the same task.
 *
 * <pre>
 * new BackgroundWork("event-relay", 1).every("the event sweep", first, interval, relay::sweep);
 * </pre>
 */
public class BackgroundWork implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(BackgroundWork.class);

	private final String threadName;

	private final int threads;

	private final List<Task> tasks = new ArrayList<>();

	private @Nullable ScheduledExecutorService executor;

	/**
	 * @param threadName the name of its threads
	 * @param threads how many (a second one keeps a long task from holding a short one
	 * back)
	 */
	public BackgroundWork(String threadName, int threads) {
		this.threadName = threadName;
		this.threads = threads;
	}

	/** Adds a task, before the start. */
	public synchronized BackgroundWork every(String what, Duration first, Duration interval, Runnable work) {
		this.tasks.add(new Task(what, first, interval, work));
		return this;
	}

	/**
	 * Runs {@code work} once after {@code delay} on these threads, if they run.
	 * @return whether it was scheduled
	 */
	public synchronized boolean once(String what, Duration delay, Runnable work) {
		if (this.executor == null) {
			return false;
		}
		this.executor.schedule(guarded(what, work), delay.toMillis(), TimeUnit.MILLISECONDS);
		return true;
	}

	/**
	 * Waits for what {@link #once} scheduled now to have run (for tests and shutdown).
	 */
	public synchronized @Nullable ScheduledFuture<?> marker(Duration delay) {
		if (this.executor == null) {
			return null;
		}
		return this.executor.schedule(() -> {
		}, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void start() {
		if (this.executor != null) {
			return;
		}
		ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(this.threads, (runnable) -> {
			Thread thread = new Thread(runnable, this.threadName);
			thread.setDaemon(true);
			return thread;
		});
		for (Task task : this.tasks) {
			scheduler.scheduleWithFixedDelay(guarded(task.what(), task.work()), task.first().toMillis(),
					task.interval().toMillis(), TimeUnit.MILLISECONDS);
		}
		this.executor = scheduler;
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	private static Runnable guarded(String what, Runnable work) {
		return () -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				logger.error(what + " failed; it runs again at its next round", ex);
			}
		};
	}

	private record Task(String what, Duration first, Duration interval, Runnable work) {
	}

}
