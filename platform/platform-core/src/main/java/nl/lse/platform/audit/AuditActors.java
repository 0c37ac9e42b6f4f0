package nl.lse.platform.audit;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LsePrincipal;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Turns the current caller and request into the {@link Actor} of an audit event. */
class AuditActors {

	/** Which role an access is granted under when a user holds several. */
	private static final List<LseRole> PRECEDENCE = List.of(LseRole.CASE_DIRECTOR, LseRole.MUNICIPALITY_STAFF,
			LseRole.CHAIN_PARTNER, LseRole.LSE_COORDINATOR, LseRole.LSE_WORKER, LseRole.LSE_MANAGEMENT,
			LseRole.LSE_ADMIN);

	private final SourceAddresses addresses;

	private final String portalClientId;

	private final ObjectProvider<ActingOrganisation> organisations;

	AuditActors(SourceAddresses addresses, String portalClientId, ObjectProvider<ActingOrganisation> organisations) {
		this.addresses = addresses;
		this.portalClientId = portalClientId;
		this.organisations = organisations;
	}

	/** The caller inside a tenant; needs the tenant's transaction for a chain partner. */
	Actor inTenant(TenantId tenant) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		LseAuthentication caller = LseAuthentication.of(authentication)
			.orElseThrow(() -> new IllegalStateException("No authenticated caller to record in the audit trail"));
		LseRole role = role(caller, tenant);
		return new Actor(caller.subject(), bounded(caller.displayName(), 200), role.realmRole(),
				organisation(caller, role, tenant), client(authentication), address());
	}

	/** The caller of a request that was refused before a tenant was entered. */
	Optional<Actor> outsideTenant() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return LseAuthentication.of(authentication).map((caller) -> {
			LseRole role = role(caller, null);
			String organisations = caller.roles().stream().anyMatch(LseRole::reachesAllTenants) ? "lse"
					: String.join(",", caller.organizations().stream().sorted().toList());
			return new Actor(caller.subject(), bounded(caller.displayName(), 200), role.realmRole(),
					organisations.isEmpty() ? "-" : bounded(organisations, 200), client(authentication), address());
		});
	}

	/** A name from the token is kept to what the log stores, never refused. */
	private static String bounded(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max);
	}

	/**
	 * Inside a tenant, the first role by precedence that the caller holds there; outside,
	 * the first one held anywhere (for the security event).
	 */
	private static LseRole role(LseAuthentication caller, @Nullable TenantId tenant) {
		return PRECEDENCE.stream()
			.filter((role) -> (tenant != null) ? caller.hasIn(tenant, role) : caller.holdsAnywhere(role))
			.findFirst()
			.or(() -> PRECEDENCE.stream().filter(caller::holdsAnywhere).findFirst())
			.orElse(LseRole.MUNICIPALITY_STAFF);
	}

	private String organisation(LseAuthentication caller, LseRole role, TenantId tenant) {
		if (!role.worksInATenant()) {
			return "lse";
		}
		if (role == LseRole.CHAIN_PARTNER) {
			ActingOrganisation organisation = this.organisations.getIfAvailable();
			Optional<String> actingFor = (organisation != null) ? organisation.of(caller.subject()) : Optional.empty();
			if (actingFor.isPresent()) {
				return actingFor.get();
			}
		}
		return tenant.code();
	}

	private String client(@Nullable Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken jwt) {
			String azp = jwt.getToken().getClaimAsString("azp");
			return (azp != null && !azp.isBlank() && azp.length() <= 64) ? azp : "unknown";
		}
		if (authentication != null && authentication.getPrincipal() instanceof LsePrincipal) {
			return this.portalClientId;
		}
		return "unknown";
	}

	private @Nullable String address() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return this.addresses.of(request);
		}
		return null;
	}

}
