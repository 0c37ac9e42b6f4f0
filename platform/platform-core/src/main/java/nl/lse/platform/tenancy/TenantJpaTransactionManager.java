package nl.lse.platform.tenancy;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one transaction manager of every app. JPA, JdbcTemplate and Spring Batch all begin
 * their transactions here, and right after the begin the bound tenant is entered on the
 * transaction's connection. JdbcTemplate shares that connection through the exposed
 * {@link ConnectionHolder}. A transaction stays in the tenant it began in: joining it
 * while another tenant (or none) is bound is refused, so work for another tenant needs a
 * new transaction ({@link TenantTransactions}).
 */
public class TenantJpaTransactionManager extends JpaTransactionManager {

	private final TenantSwitch tenantSwitch;

	/**
	 * Tenant of each transaction this thread has begun and not yet completed, innermost
	 * first.
	 */
	private final ThreadLocal<Deque<Optional<TenantId>>> begun = ThreadLocal.withInitial(ArrayDeque::new);

	public TenantJpaTransactionManager(EntityManagerFactory emf, TenantSwitch tenantSwitch) {
		super(emf);
		this.tenantSwitch = tenantSwitch;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		Optional<TenantId> tenant = TenantContext.current();
		this.begun.get().push(tenant);
		if (tenant.isEmpty()) {
			return;
		}
		DataSource dataSource = getDataSource();
		ConnectionHolder holder = (dataSource != null)
				? (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource) : null;
		if (holder == null) {
			doCleanupAfterCompletion(transaction);
			throw new CannotCreateTransactionException("No JDBC connection exposed: cannot enter the tenant");
		}
		try {
			this.tenantSwitch.enterCurrent(holder.getConnection());
		}
		catch (SQLException | RuntimeException ex) {
			rollbackQuietly(holder);
			doCleanupAfterCompletion(transaction);
			throw new CannotCreateTransactionException("Could not enter tenant " + tenant.get(), ex);
		}
	}

	@Override
	protected void prepareSynchronization(DefaultTransactionStatus status, TransactionDefinition definition) {
		super.prepareSynchronization(status, definition);
		if (status.hasTransaction() && !status.isNewTransaction()) {
			Optional<TenantId> running = this.begun.get().peek();
			if (running != null && !Objects.equals(running, TenantContext.current())) {
				throw new IllegalTransactionStateException("A transaction in tenant "
						+ running.map(TenantId::code).orElse("(none)") + " cannot be joined for tenant "
						+ TenantContext.current().map(TenantId::code).orElse("(none)") + "; start a new transaction");
			}
		}
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		Deque<Optional<TenantId>> stack = this.begun.get();
		stack.poll();
		if (stack.isEmpty()) {
			this.begun.remove();
		}
		super.doCleanupAfterCompletion(transaction);
	}

	private static void rollbackQuietly(ConnectionHolder holder) {
		try {
			holder.getConnection().rollback();
		}
		catch (SQLException ignored) {
			// the connection is discarded by the cleanup that follows
		}
	}

}
