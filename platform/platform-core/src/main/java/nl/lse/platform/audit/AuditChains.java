package nl.lse.platform.audit;

import java.util.List;

import nl.lse.platform.tenancy.catalog.TenantCatalog;

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
		return this.catalog.inService().stream().map((tenant) -> {
			this.sealer.seal(tenant);
			return this.verifier.verify(tenant);
		}).toList();
	}

}
