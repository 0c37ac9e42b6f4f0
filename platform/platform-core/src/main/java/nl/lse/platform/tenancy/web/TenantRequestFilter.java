package nl.lse.platform.tenancy.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantDirectory;
import nl.lse.platform.tenancy.catalog.TenantStatus;

import nl.lse.platform.tenancy.web.TenantAccessDenied.Reason;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the tenant of a request for exactly its duration. The resolver decides
 * membership; this filter then applies the tenant's status: maintenance is 503, SUSPENDED
 * is 403 ("opgeschort"), anything else but ACTIVE is 404 like any unknown address.
 */
public class TenantRequestFilter extends OncePerRequestFilter {

	private final TenantResolver resolver;

	private final TenantDirectory directory;

	private final ApplicationEventPublisher events;

	public TenantRequestFilter(TenantResolver resolver, TenantDirectory directory, ApplicationEventPublisher events) {
		this.resolver = resolver;
		this.directory = directory;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		TenantDecision decision = this.resolver.resolve(request);
		if (decision instanceof TenantDecision.Enter enter) {
			Optional<Tenant> tenant = this.directory.find(enter.tenant());
			if (!this.directory.isCurrent()) {
				// the catalog has not been read for too long: its last view may be wrong
				problem(response, HttpStatus.SERVICE_UNAVAILABLE, "Tijdelijk niet beschikbaar",
						"Het platform kan de status van deze gemeente nu niet nagaan. Probeer het later opnieuw.");
			}
			else if (tenant.isEmpty() || tenant.get().status() == TenantStatus.PROVISIONING
					|| tenant.get().status() == TenantStatus.OFFBOARDING) {
				this.events.publishEvent(new TenantAccessDenied(enter.tenant(), Reason.NOT_OPEN));
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
			}
			else if (tenant.get().maintenance()) {
				problem(response, HttpStatus.SERVICE_UNAVAILABLE, "Tijdelijk niet beschikbaar",
						"Deze gemeente is tijdelijk in onderhoud. Probeer het later opnieuw.");
			}
			else if (tenant.get().status() == TenantStatus.SUSPENDED) {
				this.events.publishEvent(new TenantAccessDenied(enter.tenant(), Reason.SUSPENDED));
				problem(response, HttpStatus.FORBIDDEN, "Opgeschort",
						"De toegang tot deze gemeente is opgeschort. Neem contact op met het LSE.");
			}
			else {
				try (TenantContext.Scope scope = TenantContext.enter(enter.tenant())) {
					chain.doFilter(request, response);
				}
			}
		}
		else if (decision instanceof TenantDecision.Denied denied) {
			this.events.publishEvent(new TenantAccessDenied(denied.tenant(),
					(denied.tenant() != null) ? Reason.NOT_ADMITTED : Reason.INVALID_ADDRESS));
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
		else {
			try (TenantContext.Scope scope = TenantContext.leave()) {
				chain.doFilter(request, response);
			}
		}
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader("Retry-After", "60");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}

}
