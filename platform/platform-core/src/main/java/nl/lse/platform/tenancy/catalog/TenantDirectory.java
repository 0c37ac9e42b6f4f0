package nl.lse.platform.tenancy.catalog;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.lse.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * This replica's view of the catalog, re-read every few seconds so that a status change
 * or a maintenance flag reaches every replica within the refresh interval plus one read.
 * A failed refresh keeps the last good view. It holds the municipalities only: addresses
 * and the portal never reach LSE's own records.
 */
public class TenantDirectory implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);

	private final TenantCatalog catalog;

	private final Duration refreshInterval;

	private final AtomicReference<Map<TenantId, Tenant>> tenants = new AtomicReference<>(Map.of());

	private @Nullable ScheduledExecutorService scheduler;

	/** Reads the catalog once; {@link #start()} keeps re-reading it. */
	public TenantDirectory(TenantCatalog catalog, Duration refreshInterval) {
		this.catalog = catalog;
		this.refreshInterval = refreshInterval;
		refresh();
	}

	@Override
	public synchronized void start() {
		if (this.scheduler == null) {
			this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "tenant-directory-refresh");
				thread.setDaemon(true);
				return thread;
			});
			long millis = this.refreshInterval.toMillis();
			this.scheduler.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

	public Optional<Tenant> find(TenantId id) {
		return Optional.ofNullable(this.tenants.get().get(id));
	}

	public void refresh() {
		try {
			this.tenants.set(this.catalog.municipalities()
				.stream()
				.collect(Collectors.toUnmodifiableMap(Tenant::id, Function.identity())));
		}
		catch (RuntimeException ex) {
			log.warn("Could not refresh the tenant catalog; keeping the last known state", ex);
		}
	}

}
