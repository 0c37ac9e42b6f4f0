package nl.lse.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The tenant the current thread works for. Bound only from an authenticated decision (the
 * tenant gate of a request, a batch partition, a migration) and never inherited by other
 * threads: work handed to another thread carries its tenant explicitly.
 */
public final class TenantContext {

	private static final ThreadLocal<@Nullable TenantId> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<TenantId> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/**
	 * Binds the tenant until the returned scope is closed, then restores what was bound
	 * before.
	 */
	public static Scope enter(TenantId tenant) {
		TenantId previous = CURRENT.get();
		CURRENT.set(tenant);
		return () -> restore(previous);
	}

	/** Clears any binding until the returned scope is closed. */
	public static Scope leave() {
		TenantId previous = CURRENT.get();
		CURRENT.remove();
		return () -> restore(previous);
	}

	public static <T> T callAs(TenantId tenant, Supplier<T> work) {
		try (Scope scope = enter(tenant)) {
			return work.get();
		}
	}

	public static void runAs(TenantId tenant, Runnable work) {
		try (Scope scope = enter(tenant)) {
			work.run();
		}
	}

	private static void restore(@Nullable TenantId previous) {
		if (previous == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(previous);
		}
	}

	/** A binding that ends when closed. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
