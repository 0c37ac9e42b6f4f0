package nl.lse.platform.tenancy;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one transaction manager of every app. JPA, JdbcTemplate and Spring Batch all begin
 * their transactions here, and right after the begin the bound tenant is entered on the
 * transaction's connection. JdbcTemplate shares that connection through the exposed
 * {@link ConnectionHolder}.
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
		if (TenantContext.current().isEmpty()) {
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
			throw new CannotCreateTransactionException("Could not enter tenant " + TenantContext.current().get(), ex);
		}
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
