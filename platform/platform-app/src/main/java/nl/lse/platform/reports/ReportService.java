package nl.lse.platform.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.lse.platform.audit.AuditAction;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.audit.AuditOutcome;
import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.audit.SecurityEvents;
import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.reporting.Period;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.web.TenantAccessDenied;

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

	private final Map<Report, Built> built = new java.util.concurrent.ConcurrentHashMap<>();

	ReportService(ReportFigures figures, TenantCatalog catalog, TenantTransactions tenants, AuditTrail audit,
			ReportsProperties properties, SecurityEvents securityEvents) {
		this.securityEvents = securityEvents;
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

	/** Whether the caller sees any report. */
	static boolean seesReports(LseAuthentication caller) {
		return national(caller) || !directed(caller).isEmpty();
	}

	private static boolean national(LseAuthentication caller) {
		return caller.has(LseRole.LSE_MANAGEMENT) || caller.has(LseRole.LSE_COORDINATOR);
	}

	private static List<TenantId> directed(LseAuthentication caller) {
		return caller.memberTenants()
			.stream()
			.filter((tenant) -> caller.mayEnter(tenant) && caller.hasIn(tenant, LseRole.CASE_DIRECTOR))
			.sorted(java.util.Comparator.comparing(TenantId::code))
			.toList();
	}

	/** The scopes the caller may open, code to name, in the order they are offered. */
	Map<String, String> scopes(LseAuthentication caller) {
		Map<String, String> scopes = new LinkedHashMap<>();
		if (national(caller)) {
			scopes.put(NATIONAL, "Landelijk");
			scopes.put("lse", "Eigen registratie LSE");
			this.catalog.municipalities()
				.stream()
				.sorted(java.util.Comparator.comparing(Tenant::name))
				.forEach((tenant) -> scopes.put(tenant.id().code(), tenant.name()));
		}
		else {
			for (TenantId tenant : directed(caller)) {
				scopes.put(tenant.code(), this.catalog.find(tenant).map(Tenant::name).orElse(tenant.code()));
			}
		}
		return scopes;
	}

	int k() {
		return this.properties.k();
	}

	/** The published periods of a report, newest first. */
	List<ReportFigures.Run> runs(Report report) {
		return this.figures.runs(report);
	}

	/** One report for one scope and period, as the caller may see it. */
	ReportView view(LseAuthentication caller, Report report, String periodCode, String scope) {
		Map<String, String> scopes = scopes(caller);
		if (!scopes.containsKey(scope)) {
			// the same one insert whether the scope exists or not (docs/audit.md)
			this.securityEvents.refused(new TenantAccessDenied(scope.matches("gm[0-9]{4}") ? TenantId.of(scope) : null,
					TenantAccessDenied.Reason.REPORT_SCOPE));
			throw new NotFound();
		}
		List<ReportFigures.Run> runs = this.figures.runs(report);
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
		ReportTables tables = tables(report, runs);
		List<Period> trend = new ArrayList<>();
		for (Period earlier : period.trend(this.properties.trend())) {
			if (runs.stream().anyMatch((r) -> r.period().equals(earlier))) {
				trend.add(earlier);
			}
		}
		return new ReportView(report, run, scope, scopes.get(scope), tables, trend,
				this.figures.durations(run.id(), scope), this.properties.k());
	}

	private ReportTables tables(Report report, List<ReportFigures.Run> runs) {
		List<Long> ids = runs.stream().map(ReportFigures.Run::id).sorted().toList();
		Built current = this.built.get(report);
		if (current == null || !current.runIds().equals(ids)) {
			current = new Built(ids, ReportTables.of(report, this.figures.counts(report, runs), this.properties.k()));
			this.built.put(report, current);
		}
		return current.tables();
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
		if (this.catalog.find(trail).isEmpty()) {
			throw new IllegalStateException("No audit trail for report scope " + scope);
		}
		String kind = scope.startsWith("gm") ? "MUNICIPALITY" : NATIONAL.equals(scope) ? "NATIONAL" : "LSE_RECORDS";
		this.tenants.inTenant(trail, (status) -> this.audit.record(new AuditEvent(action, AuditOutcome.SUCCESS,
				AuditObject.REPORT, new java.util.UUID(0L, run.id()), null, List.of(), kind + "_" + format)));
	}

}
