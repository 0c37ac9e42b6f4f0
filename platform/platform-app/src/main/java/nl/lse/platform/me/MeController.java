package nl.lse.platform.me;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.tenancy.TenantId;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and which municipalities may I enter. */
@RestController
class MeController {

	/** The same answer on the API (bearer token) and in the portal (session). */
	@GetMapping({ "/api/v1/me", "/me" })
	Me me(Authentication authentication) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		boolean allTenants = caller.roles().stream().anyMatch(LseRole::reachesAllTenants)
				&& caller.roles().stream().noneMatch(LseRole::neverEntersATenant);
		List<String> tenants = caller.memberTenants().stream().filter(caller::mayEnter).map(TenantId::code).toList();
		Map<String, List<String>> municipalityRoles = new TreeMap<>();
		caller.memberships()
			.forEach((alias, roles) -> municipalityRoles.put(alias,
					roles.stream().map(LseRole::realmRole).sorted().toList()));
		return new Me(caller.subject(), caller.username(), caller.displayName(),
				caller.roles().stream().map(LseRole::realmRole).sorted().toList(), municipalityRoles,
				caller.organizations().stream().sorted().toList(), allTenants, tenants,
				authentication.getAuthorities().stream().map(Object::toString).sorted().toList());
	}

	/**
	 * @param roles the LSE-wide roles
	 * @param municipalityRoles per organization the caller is a member of, the
	 * municipality roles held there (and only there)
	 * @param allTenants whether the caller reaches every municipality by role (LSE
	 * worker, coordinator)
	 * @param tenants the municipalities the caller is a member of and may enter
	 * @param authorities what Spring Security grants in this chain
	 */
	record Me(String subject, String username, String displayName, List<String> roles,
			Map<String, List<String>> municipalityRoles, List<String> organizations, boolean allTenants,
			List<String> tenants, List<String> authorities) {
	}

}
