package nl.lse.platform.tenancy;

import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one transaction manager of every app. JPA, JdbcTemplate and Spring Batch all begin
 * their transactions here, and right after the begin the bound tenant is entered on the
 * transaction's connection. JdbcTemplate shares that connection through the exposed
 * {@link ConnectionHolder}. A transaction stays in the tenant it began in:
 * {@link TenantContext} refuses to change the tenant while a transaction is active, so
 * work for another tenant needs a new transaction ({@link TenantTransactions}).
 */
public class TenantJpaTransactionManager extends JpaTransactionManager {

	private final TenantSwitch tenantSwitch;

	public TenantJpaTransactionManager(EntityManagerFactory emf, TenantSwitch tenantSwitch) {
		super(emf);
		this.tenantSwitch = tenantSwitch;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		Optional<TenantId> tenant = TenantContext.current();
		if (tenant.isEmpty()) {
			return;
		}
		DataSource dataSource = getDataSource();
		ConnectionHolder holder = (dataSource != null)
				? (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource) : null;
		if (holder == null) {
			rollbackBegun();
			doCleanupAfterCompletion(transaction);
			throw new CannotCreateTransactionException("No JDBC connection exposed: cannot enter the tenant");
		}
		try {
			this.tenantSwitch.enterCurrent(holder.getConnection());
		}
		catch (SQLException | RuntimeException ex) {
			rollbackBegun();
			doCleanupAfterCompletion(transaction);
			throw new CannotCreateTransactionException("Could not enter tenant " + tenant.get(), ex);
		}
	}

	/**
	 * Rolls the just-begun transaction back through JPA, so that Hibernate knows it ended
	 * and the cleanup returns the connection to the pool.
	 */
	private void rollbackBegun() {
		EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
			.getResource(obtainEntityManagerFactory());
		if (holder != null && holder.getEntityManager().getTransaction().isActive()) {
			holder.getEntityManager().getTransaction().rollback();
		}
	}

}
