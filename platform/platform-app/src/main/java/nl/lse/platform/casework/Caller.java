package nl.lse.platform.casework;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.identity.Subject;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of case work inside the entered tenant: who, and under which role. A
 * municipality role counts only in the municipality that gave it (its own entry of the
 * token's {@code organization} claim): a case director of Zwolle who is a chain partner
 * in Rotterdam is only a chain partner there.
 */
public record Caller(Subject subject, String displayName, boolean isCaseDirector, boolean isMunicipalityStaff,
		boolean isChainPartner, boolean isLseWorker, boolean isLseCoordinator) {

	public static Caller current() {
		LseAuthentication authentication = LseAuthentication.of(SecurityContextHolder.getContext().getAuthentication())
			.orElseThrow(() -> new IllegalStateException("Case work needs an authenticated caller"));
		TenantId tenant = TenantContext.current()
			.orElseThrow(() -> new IllegalStateException("Case work happens inside a tenant"));
		return new Caller(authentication.subjectId(), authentication.displayName(),
				authentication.hasIn(tenant, LseRole.CASE_DIRECTOR),
				authentication.hasIn(tenant, LseRole.MUNICIPALITY_STAFF),
				authentication.hasIn(tenant, LseRole.CHAIN_PARTNER), authentication.has(LseRole.LSE_WORKER),
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
