package nl.lse.platform.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every portal page shows around its content: who is signed in, in which
 * municipality, the other municipalities they may switch to, the demo banner and how long
 * the session lasts without activity (for the idle warning).
 */
@ControllerAdvice(annotations = PortalPage.class)
class PortalFrame {

	private final TenantDirectory directory;

	private final PartnerAffiliations affiliations;

	private final boolean demo;

	PortalFrame(TenantDirectory directory, PartnerAffiliations affiliations,
			@Value("${lse.demo.banner:false}") boolean demo) {
		this.directory = directory;
		this.affiliations = affiliations;
		this.demo = demo;
	}

	@ModelAttribute
	void frame(Authentication authentication, HttpServletRequest request, Model model) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		Optional<Tenant> tenant = TenantContext.current().flatMap(this.directory::find);
		model.addAttribute("caller", caller);
		model.addAttribute("tenant", tenant.orElse(null));
		model.addAttribute("partner", (tenant.isPresent() && caller.hasIn(tenant.get().id(), LseRole.CHAIN_PARTNER))
				? this.affiliations.current(tenant.get().id(), caller.subject()).orElse(null) : null);
		model.addAttribute("switchTo", switchable(caller));
		model.addAttribute("central", caller.has(LseRole.LSE_WORKER) || caller.has(LseRole.LSE_COORDINATOR));
		// the audience of /reports (ReportService): LSE management and coordinators, case
		// directors
		model.addAttribute("reports", caller.has(LseRole.LSE_MANAGEMENT) || caller.has(LseRole.LSE_COORDINATOR)
				|| caller.holdsAnywhere(LseRole.CASE_DIRECTOR));
		model.addAttribute("caseDirectorHere",
				tenant.isPresent() && caller.hasIn(tenant.get().id(), LseRole.CASE_DIRECTOR));
		model.addAttribute("demo", this.demo);
		model.addAttribute("path", request.getRequestURI());
		HttpSession session = request.getSession(false);
		model.addAttribute("sessionSeconds", (session != null) ? session.getMaxInactiveInterval() : 0);
	}

	/** The open municipalities the caller is a member of, by name. */
	private List<Tenant> switchable(LseAuthentication caller) {
		return caller.memberTenants()
			.stream()
			.filter(caller::mayEnter)
			.map(this.directory::find)
			.flatMap(Optional::stream)
			.filter(Tenant::isOpen)
			.sorted(Comparator.comparing(Tenant::name))
			.toList();
	}

}
