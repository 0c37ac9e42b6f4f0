package nl.lse.platform.tenancy.catalog;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.lse.platform.background.BackgroundWork;
import nl.lse.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * This replica's view of the catalog, re-read every few seconds so that a status change
 * or a maintenance flag reaches every replica within the refresh interval plus one read.
 * A failed refresh keeps the last good view, but not for ever: after more than
 * {@code maxMissedRefreshes} failures in a row the view is stale and the tenant filter
 * answers 503 for every tenant (fail closed: a tenant suspended meanwhile must not stay
 * open here) until a refresh works again. It holds the municipalities only: addresses and
 * the portal never reach LSE's own records.
 */
public class TenantDirectory implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);

	private final TenantCatalog catalog;

	private final int maxMissedRefreshes;

	private final AtomicReference<Map<TenantId, Tenant>> tenants = new AtomicReference<>(Map.of());

	private final AtomicInteger missedRefreshes = new AtomicInteger();

	private final BackgroundWork background;

	/**
	 * Reads the catalog once; {@link #start()} keeps re-reading it.
	 * @param maxMissedRefreshes how many refreshes in a row may fail before the view is
	 * stale
	 */
	public TenantDirectory(TenantCatalog catalog, Duration refreshInterval, int maxMissedRefreshes) {
		this.catalog = catalog;
		this.maxMissedRefreshes = maxMissedRefreshes;
		this.background = new BackgroundWork("tenant-directory-refresh", 1).every("Reading the tenant catalog",
				refreshInterval, refreshInterval, this::refresh);
		refresh();
	}

	@Override
	public void start() {
		this.background.start();
	}

	@Override
	public void stop() {
		this.background.stop();
	}

	@Override
	public boolean isRunning() {
		return this.background.isRunning();
	}

	public Optional<Tenant> find(TenantId id) {
		return Optional.ofNullable(this.tenants.get().get(id));
	}

	/** Whether this view may be trusted: the catalog was read recently enough. */
	public boolean isCurrent() {
		return this.missedRefreshes.get() <= this.maxMissedRefreshes;
	}

	public void refresh() {
		try {
			this.tenants.set(this.catalog.municipalities()
				.stream()
				.collect(Collectors.toUnmodifiableMap(Tenant::id, Function.identity())));
			if (this.missedRefreshes.getAndSet(0) > this.maxMissedRefreshes) {
				log.info("The tenant catalog is read again; tenants are open as their status says");
			}
		}
		catch (RuntimeException ex) {
			int missed = this.missedRefreshes.incrementAndGet();
			if (missed == this.maxMissedRefreshes + 1) {
				log.error("The tenant catalog could not be read {} times in a row: every tenant answers 503 until "
						+ "it can", missed, ex);
			}
			else {
				log.warn("Could not refresh the tenant catalog; keeping the last known state", ex);
			}
		}
	}

}
