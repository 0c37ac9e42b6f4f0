package nl.lse.platform.casework;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of case work inside the entered tenant: who, and under which role. A
 * municipality role counts only in a municipality the caller is a member of: an LSE
 * worker who also holds such a role elsewhere is only an LSE worker here.
 */
public record Caller(String subject, String displayName, boolean isCaseDirector, boolean isMunicipalityStaff,
		boolean isChainPartner, boolean isLseWorker, boolean isLseCoordinator) {

	public static Caller current() {
		LseAuthentication authentication = LseAuthentication.of(SecurityContextHolder.getContext().getAuthentication())
			.orElseThrow(() -> new IllegalStateException("Case work needs an authenticated caller"));
		TenantId tenant = TenantContext.current()
			.orElseThrow(() -> new IllegalStateException("Case work happens inside a tenant"));
		boolean member = authentication.organizations().contains(tenant.code());
		return new Caller(authentication.subject(), authentication.displayName(),
				member && authentication.has(LseRole.CASE_DIRECTOR),
				member && authentication.has(LseRole.MUNICIPALITY_STAFF),
				member && authentication.has(LseRole.CHAIN_PARTNER), authentication.has(LseRole.LSE_WORKER),
				authentication.has(LseRole.LSE_COORDINATOR));
	}

	public void requireCaseDirector(AuditEvent refusal) {
		if (!this.isCaseDirector) {
			throw new NotAllowed("Alleen de casusregiehouder mag dit doen.", refusal);
		}
	}

	public void requireLseWorker(AuditEvent refusal) {
		if (!this.isLseWorker) {
			throw new NotAllowed("Alleen een medewerker van het LSE mag dit doen.", refusal);
		}
	}

}
