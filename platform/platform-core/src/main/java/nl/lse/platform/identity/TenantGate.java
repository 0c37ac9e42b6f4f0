package nl.lse.platform.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.web.TenantDecision;
import nl.lse.platform.tenancy.web.TenantPaths;
import nl.lse.platform.tenancy.web.TenantResolver;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant gate (docs/identity.md), membership first: a tenant address may be entered
 * by a member of that municipality's organization with a municipality role, or by an LSE
 * worker or coordinator; LSE management and beheer never. Anything else is denied without
 * looking at the catalog, so a non-member learns nothing; the tenant's status is applied
 * after this by the tenant request filter. This decision is the only source of the tenant
 * context of a request.
 */
public class TenantGate implements TenantResolver {

	private final MembershipRevocations revocations;

	public TenantGate(MembershipRevocations revocations) {
		this.revocations = revocations;
	}

	@Override
	public TenantDecision resolve(HttpServletRequest request) {
		Optional<String> segment = TenantPaths.tenantSegment(request);
		if (segment.isEmpty()) {
			return TenantDecision.notTenantScoped();
		}
		if (!TenantId.isValid(segment.get())) {
			return TenantDecision.denied(null);
		}
		TenantId tenant = TenantId.of(segment.get());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return LseAuthentication.of(authentication)
			.filter((caller) -> caller.mayEnter(tenant))
			.filter((caller) -> !enteredByRevokedMembership(caller, tenant, authentication))
			.map((caller) -> TenantDecision.enter(tenant))
			.orElseGet(() -> TenantDecision.denied(tenant));
	}

	/**
	 * A member removed from the municipality since their token was issued: the token
	 * still names it, the removal counts already. LSE staff enter by role and are not
	 * affected.
	 */
	private boolean enteredByRevokedMembership(LseAuthentication caller, TenantId tenant,
			@Nullable Authentication authentication) {
		return !caller.rolesIn(tenant).isEmpty() && caller.roles().stream().noneMatch(LseRole::reachesAllTenants)
				&& this.revocations.revoked(caller, tenant, MembershipRevocations.tokenSignedAt(authentication));
	}

}
