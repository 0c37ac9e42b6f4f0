package nl.lse.batch.tenants;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per open tenant (ACTIVE, not in maintenance), named after its code, with
 * the code under {@value #TENANT} in the partition's context. A step works in its tenant
 * only through {@code TenantTransactions}, so that the job repository's own writes stay
 * outside the tenant, as the runtime login.
 */
public class TenantPartitioner implements Partitioner {

	public static final String TENANT = "tenant";

	private final TenantCatalog catalog;

	public TenantPartitioner(TenantCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (Tenant tenant : this.catalog.municipalities()) {
			if (tenant.isOpen()) {
				ExecutionContext context = new ExecutionContext();
				context.putString(TENANT, tenant.id().code());
				partitions.put(tenant.id().code(), context);
			}
		}
		return partitions;
	}

	/** The tenant of a partition's step. */
	public static TenantId tenantOf(ExecutionContext context) {
		return TenantId.of(context.getString(TENANT));
	}

}
