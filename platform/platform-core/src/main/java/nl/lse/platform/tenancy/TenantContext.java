package nl.lse.platform.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronizationManager;

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
	 * before. Refused inside a transaction of another tenant (or of none): a transaction
	 * stays in the tenant it began in, and JdbcTemplate would otherwise go on working in
	 * it while the code believes it works for {@code tenant}.
	 */
	public static Scope enter(TenantId tenant) {
		refuseChangeInsideTransaction(tenant);
		return bind(tenant);
	}

	/**
	 * Clears any binding until the returned scope is closed; refused inside a tenant's
	 * transaction.
	 */
	public static Scope leave() {
		refuseChangeInsideTransaction(null);
		return bind(null);
	}

	/** For {@link TenantTransactions}, which begins a new transaction right away. */
	static Scope enterForNewTransaction(TenantId tenant) {
		return bind(tenant);
	}

	private static Scope bind(@Nullable TenantId tenant) {
		TenantId previous = CURRENT.get();
		if (tenant == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(tenant);
		}
		return () -> restore(previous);
	}

	private static void refuseChangeInsideTransaction(@Nullable TenantId tenant) {
		if (TransactionSynchronizationManager.isActualTransactionActive() && !Objects.equals(CURRENT.get(), tenant)) {
			throw new IllegalStateException("The tenant cannot change inside a transaction (it began in "
					+ ((CURRENT.get() != null) ? CURRENT.get() : "no tenant") + "); use TenantTransactions for work in "
					+ ((tenant != null) ? tenant : "no tenant"));
		}
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
