package nl.lse.platform.tenancy.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides from the authenticated request alone which tenant it may enter. The contract:
 * <ul>
 * <li>the decision comes from the authenticated principal (membership), never from a
 * client-supplied header or parameter alone;</li>
 * <li>a tenant the caller is not entitled to is {@link TenantDecision.Denied}, decided
 * without consulting the catalog, so that a non-member learns nothing about the
 * tenant;</li>
 * <li>it never throws; when in doubt it denies.</li>
 * </ul>
 * The tenant's status (maintenance, suspension) is checked afterwards by
 * {@link TenantRequestFilter}.
 */
@FunctionalInterface
public interface TenantResolver {

	TenantDecision resolve(HttpServletRequest request);

}
