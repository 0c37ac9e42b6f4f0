package nl.lse.platform.tenancy;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work in one tenant from code that is not itself in that tenant: a batch partition, the
 * central office going over municipalities. Always a new transaction, so the caller's own
 * transaction (for example one writing to {@code platform} or {@code batch} as the
 * runtime login) is suspended, not joined.
 */
public class TenantTransactions {

	private final TransactionTemplate template;

	public TenantTransactions(PlatformTransactionManager transactionManager) {
		this.template = new TransactionTemplate(transactionManager);
		this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public <T> T inTenant(TenantId tenant, TransactionCallback<T> work) {
		try (TenantContext.Scope scope = TenantContext.enterForNewTransaction(tenant)) {
			return this.template.execute(work);
		}
	}

}
