package nl.lse.platform.audit;

import java.util.List;

import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;

/** Every tenant whose schema holds an audit trail: sealed, then verified. */
public class AuditChains {

	private final TenantCatalog catalog;

	private final AuditSealer sealer;

	private final AuditVerifier verifier;

	AuditChains(TenantCatalog catalog, AuditSealer sealer, AuditVerifier verifier) {
		this.catalog = catalog;
		this.sealer = sealer;
		this.verifier = verifier;
	}

	public List<VerificationReport> verifyAll() {
		return this.catalog.findAll()
			.stream()
			.filter((tenant) -> (tenant.status() == TenantStatus.ACTIVE || tenant.status() == TenantStatus.SUSPENDED)
					&& !tenant.maintenance())
			.map((tenant) -> {
				this.sealer.seal(tenant.id());
				return this.verifier.verify(tenant.id());
			})
			.toList();
	}

}
