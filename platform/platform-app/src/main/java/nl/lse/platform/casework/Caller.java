package nl.lse.platform.casework;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of case work inside the entered tenant: who, and under which role. Only
 * reached behind the tenant gate, so a municipality role means a member of this tenant.
 */
public record Caller(String subject, String displayName, boolean isCaseDirector, boolean isMunicipalityStaff,
		boolean isChainPartner, boolean isLseWorker) {

	public static Caller current() {
		LseAuthentication authentication = LseAuthentication.of(SecurityContextHolder.getContext().getAuthentication())
			.orElseThrow(NotFound::new);
		return new Caller(authentication.subject(), authentication.displayName(),
				authentication.has(LseRole.CASE_DIRECTOR), authentication.has(LseRole.MUNICIPALITY_STAFF),
				authentication.has(LseRole.CHAIN_PARTNER), authentication.has(LseRole.LSE_WORKER));
	}

	public void requireCaseDirector() {
		if (!this.isCaseDirector) {
			throw new NotAllowed("Alleen de casusregiehouder mag dit doen.");
		}
	}

	public void requireLseWorker() {
		if (!this.isLseWorker) {
			throw new NotAllowed("Alleen een medewerker van het LSE mag dit doen.");
		}
	}

}
