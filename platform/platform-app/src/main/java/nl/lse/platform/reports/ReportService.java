package nl.lse.platform.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.lse.platform.reporting.Report;
import nl.lse.platform.audit.AuditAction;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.audit.AuditOutcome;
import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.audit.SecurityEvents;
import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.identity.MembershipRevocations;
import nl.lse.platform.reporting.Period;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import nl.lse.platform.tenancy.web.TenantAccessDenied;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/**
 * Who sees which report scope, the tables after disclosure control, and the audit of
 * every view and download.
 *
 * <p>
 * LSE management and coordinators see national figures, LSE's own records and every
 * municipality; a case director their own municipality only; anyone else no report. A
 * scope the caller may not see is not found, the same as one that does not exist. The
 * tables are built over every published period at once (so the months of a quarter are
 * checked with it) and kept until a run switches a period's figures.
 */
class ReportService {

	static final String NATIONAL = ReportTables.NATIONAL;

	private final ReportFigures figures;

	private final TenantCatalog catalog;

	private final TenantTransactions tenants;

	private final AuditTrail audit;

	private final ReportsProperties properties;

	private final SecurityEvents securityEvents;

	private final MembershipRevocations revocations;

	/** The one set of tables (a map for its atomic compute). */
	private final Map<Boolean, Built> built = new java.util.concurrent.ConcurrentHashMap<>();

	ReportService(ReportFigures figures, TenantCatalog catalog, TenantTransactions tenants, AuditTrail audit,
			ReportsProperties properties, SecurityEvents securityEvents, MembershipRevocations revocations) {
		this.securityEvents = securityEvents;
		this.revocations = revocations;
		this.figures = figures;
		this.catalog = catalog;
		this.tenants = tenants;
		this.audit = audit;
		this.properties = properties;
	}

	private record Built(List<Long> runIds, ReportTables tables) {
	}

	/**
	 * Thrown for a report, period or scope that does not exist or is not the caller's.
	 */
	static class NotFound extends RuntimeException {

		NotFound() {
			super("No such report for this caller");
		}

	}

	/** Thrown when a view cannot be recorded: it is then not shown (503). */
	static class NoAuditTrail extends RuntimeException {

		NoAuditTrail() {
			super("No audit trail for this report's scope");
		}

	}

	/** Whether the caller sees any report. */
	boolean seesReports(Authentication authentication) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		return national(caller) || !directed(caller, authentication).isEmpty();
	}

	private static boolean national(LseAuthentication caller) {
		return caller.has(LseRole.LSE_MANAGEMENT) || caller.has(LseRole.LSE_COORDINATOR);
	}

	/**
	 * The municipalities the caller directs cases in now: a membership removed after the
	 * token was issued counts as gone, as at the tenant gate.
	 */
	private List<TenantId> directed(LseAuthentication caller, Authentication authentication) {
		java.time.Instant signedAt = MembershipRevocations.tokenSignedAt(authentication);
		return caller.memberTenants()
			.stream()
			.filter((tenant) -> caller.mayEnter(tenant) && caller.hasIn(tenant, LseRole.CASE_DIRECTOR)
					&& !this.revocations.revoked(caller, tenant, signedAt))
			.sorted(java.util.Comparator.comparing(TenantId::code))
			.toList();
	}

	/**
	 * The scopes the caller may open in a report, code to name, in the order they are
	 * offered: municipalities with a schema (active or suspended), and LSE's own records
	 * where the report counts them.
	 */
	Map<String, String> scopes(Authentication authentication, Report report) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		Map<String, String> scopes = new LinkedHashMap<>();
		if (national(caller)) {
			scopes.put(NATIONAL, "Landelijk");
			if (report == Report.CASELOAD && this.catalog.find(TenantId.LSE).isPresent()) {
				scopes.put("lse", "Eigen registratie LSE");
			}
			this.catalog.municipalities()
				.stream()
				.filter(ReportService::hasSchema)
				.sorted(java.util.Comparator.comparing(Tenant::name))
				.forEach((tenant) -> scopes.put(tenant.id().code(), tenant.name()));
		}
		else {
			for (TenantId tenant : directed(caller, authentication)) {
				this.catalog.find(tenant)
					.filter(ReportService::hasSchema)
					.ifPresent((found) -> scopes.put(tenant.code(), found.name()));
			}
		}
		return scopes;
	}

	private static boolean hasSchema(Tenant tenant) {
		return tenant.status() == TenantStatus.ACTIVE || tenant.status() == TenantStatus.SUSPENDED;
	}

	/**
	 * Whether the caller sees national figures (and so which municipalities took part).
	 */
	static boolean seesNational(Authentication authentication) {
		return LseAuthentication.of(authentication).map(ReportService::national).orElse(false);
	}

	int k() {
		return this.properties.k();
	}

	/** The published periods of a report, newest first. */
	List<ReportFigures.Run> runs(Report report) {
		return this.figures.runs(report);
	}

	/**
	 * One report for one scope (without one: the first the caller may see) and period, as
	 * the caller may see it.
	 */
	ReportView view(Authentication authentication, Report report, String periodCode, @Nullable String asked) {
		Map<String, String> scopes = scopes(authentication, report);
		String scope = (asked != null) ? asked : scopes.keySet().stream().findFirst().orElse("");
		if (!scopes.containsKey(scope)) {
			// the same one insert whether the scope exists or not (docs/audit.md)
			this.securityEvents.refused(new TenantAccessDenied(scope.matches("gm[0-9]{4}") ? TenantId.of(scope) : null,
					TenantAccessDenied.Reason.REPORT_SCOPE));
			throw new NotFound();
		}
		Map<Report, List<ReportFigures.Run>> published = published();
		List<ReportFigures.Run> runs = published.get(report);
		Period period;
		try {
			period = Period.parse(periodCode);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound();
		}
		ReportFigures.Run run = runs.stream()
			.filter((r) -> r.period().equals(period))
			.findFirst()
			.orElseThrow(NotFound::new);
		ReportTables tables = tables(published);
		List<Period> trend = new ArrayList<>();
		for (Period earlier : period.trend(this.properties.trend())) {
			if (runs.stream().anyMatch((r) -> r.period().equals(earlier))) {
				trend.add(earlier);
			}
		}
		return new ReportView(report, run, scope, scopes.get(scope), scopes, seesNational(authentication), tables,
				trend, this.figures.durations(run.id(), scope), this.properties.k());
	}

	/** The current runs of both reports, newest period first. */
	private Map<Report, List<ReportFigures.Run>> published() {
		Map<Report, List<ReportFigures.Run>> runs = new java.util.EnumMap<>(Report.class);
		for (Report report : Report.values()) {
			runs.put(report, this.figures.runs(report));
		}
		return runs;
	}

	/**
	 * Both reports' tables over every published run, built once per set of runs: the
	 * first request after a run builds them (a few seconds at 342 municipalities,
	 * docs/performance.md) while the others wait for that one build.
	 */
	private ReportTables tables(Map<Report, List<ReportFigures.Run>> runs) {
		List<Long> ids = runs.values().stream().flatMap(List::stream).map(ReportFigures.Run::id).sorted().toList();
		return this.built.compute(Boolean.TRUE, (key, current) -> {
			if (current != null && current.runIds().equals(ids)) {
				return current;
			}
			List<ReportTables.Count> counts = new ArrayList<>();
			runs.forEach((report, reportRuns) -> counts.addAll(this.figures.counts(report, reportRuns)));
			return new Built(ids, ReportTables.of(counts, this.properties.k()));
		}).tables();
	}

	/**
	 * Records a view ({@code READ}) or a download ({@code EXPORT}): in the municipality's
	 * own trail when the scope is a municipality, otherwise in LSE's own records. The
	 * event's object is the run ({@code 00000000-0000-0000-0000-<run id>}, see
	 * {@code platform.report_run}); its purpose says which scope and format, e.g.
	 * {@code NATIONAL_PDF}.
	 */
	void audit(AuditAction action, ReportFigures.Run run, String scope, String format) {
		TenantId trail = scope.startsWith("gm") ? TenantId.of(scope) : TenantId.LSE;
		if (this.catalog.find(trail).filter(ReportService::hasSchema).isEmpty()) {
			// no trail to write the view in (LSE's own records not yet provisioned): no
			// view
			throw new NoAuditTrail();
		}
		String kind = scope.startsWith("gm") ? "MUNICIPALITY" : NATIONAL.equals(scope) ? "NATIONAL" : "LSE_RECORDS";
		this.tenants.inTenant(trail, (status) -> this.audit.record(new AuditEvent(action, AuditOutcome.SUCCESS,
				AuditObject.REPORT, new java.util.UUID(0L, run.id()), null, List.of(), kind + "_" + format)));
	}

}
