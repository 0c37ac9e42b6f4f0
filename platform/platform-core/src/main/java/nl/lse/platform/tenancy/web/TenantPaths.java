package nl.lse.platform.tenancy.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The addresses that belong to one tenant: {@code /t/{tenant}/...} and the tenant API.
 */
public final class TenantPaths {

	private static final Pattern TENANT_PATH = Pattern.compile("^/(?:t|api/v1/tenants)/([^/]+)(?:/.*)?$");

	private TenantPaths() {
	}

	/** The tenant segment of a tenant address, as typed (not validated). */
	public static Optional<String> tenantSegment(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher matcher = TENANT_PATH.matcher(path);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
