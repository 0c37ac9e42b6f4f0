package nl.lse.platform.tenancy.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UrlPathHelper;

/**
 * The addresses that belong to one tenant: {@code /t/{tenant}/...} and the tenant API.
 */
public final class TenantPaths {

	private static final Pattern TENANT_PATH = Pattern.compile("^/(?:t|api/v1/tenants)/([^/]+)(?:/.*)?$");

	private TenantPaths() {
	}

	private static final UrlPathHelper DECODED = new UrlPathHelper();

	/**
	 * The tenant segment of a tenant address (not validated), read from the decoded path
	 * that Spring MVC routes on: {@code /api/v1/%74enants/gm0363} is a tenant address
	 * too.
	 */
	public static Optional<String> tenantSegment(HttpServletRequest request) {
		String path = DECODED.getPathWithinApplication(request);
		Matcher matcher = TENANT_PATH.matcher(path);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
