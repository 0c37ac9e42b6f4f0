package nl.lse.platform.tenancy.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The resolver in force until an identity layer supplies one: every tenant address is
 * denied, so without authentication no request ever reaches tenant data.
 */
public class DenyAllTenantResolver implements TenantResolver {

	@Override
	public TenantDecision resolve(HttpServletRequest request) {
		return TenantPaths.tenantSegment(request).isPresent() ? TenantDecision.denied(null)
				: TenantDecision.notTenantScoped();
	}

}
