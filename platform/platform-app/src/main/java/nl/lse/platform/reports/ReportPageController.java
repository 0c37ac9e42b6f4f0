package nl.lse.platform.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import nl.lse.platform.reporting.Report;
import nl.lse.platform.audit.AuditAction;
import nl.lse.platform.portal.PortalPage;
import nl.lse.platform.reporting.Period;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /reports}: the overview of published periods, a report's page, its CSV and its
 * PDF. A report, period or scope that does not exist or is not the caller's is 404; a
 * caller who sees no report at all (chain partners, staff) gets 403.
 */
@Controller
@PortalPage
class ReportPageController {

	private final ReportService reports;

	private final ReportPdf pdf;

	private final MessageSource messages;

	ReportPageController(ReportService reports, ReportPdf pdf, MessageSource messages) {
		this.reports = reports;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/reports")
	String overview(Authentication authentication, Model model) {
		mayReadReports(authentication);
		Map<Report, Map<Period.Kind, List<ReportFigures.Run>>> published = new LinkedHashMap<>();
		for (Report report : Report.values()) {
			Map<Period.Kind, List<ReportFigures.Run>> byKind = new LinkedHashMap<>();
			for (Period.Kind kind : Period.Kind.values()) {
				byKind.put(kind, new ArrayList<>());
			}
			this.reports.runs(report).forEach((run) -> byKind.get(run.period().kind()).add(run));
			published.put(report, byKind);
		}
		Map<String, String> scopes = this.reports.scopes(authentication, Report.CASELOAD);
		model.addAttribute("empty",
				published.entrySet()
					.stream()
					.filter((entry) -> entry.getValue().values().stream().allMatch(List::isEmpty))
					.map(Map.Entry::getKey)
					.toList());
		model.addAttribute("k", this.reports.k());
		model.addAttribute("published", published);
		model.addAttribute("scopes", scopes);
		model.addAttribute("scope", scopes.keySet().stream().findFirst().orElse(""));
		return "reports/overview";
	}

	@GetMapping("/reports/{report}/{period}")
	String page(Authentication authentication, @PathVariable String report, @PathVariable String period,
			@RequestParam(required = false) String scope, Model model, Locale locale) {
		mayReadReports(authentication);
		ReportView view = view(authentication, report, period, scope);
		this.reports.audit(AuditAction.READ, view.run(), view.scope(), "PAGE");
		model.addAttribute("view", view);
		model.addAttribute("sections", view.sections((key) -> label(key, locale)));
		model.addAttribute("scopes", view.scopes());
		return "reports/report";
	}

	@GetMapping("/reports/{report}/{period}/csv")
	ResponseEntity<byte[]> csv(Authentication authentication, @PathVariable String report, @PathVariable String period,
			@RequestParam(required = false) String scope, Locale locale) {
		mayReadReports(authentication);
		ReportView view = view(authentication, report, period, scope);
		this.reports.audit(AuditAction.EXPORT, view.run(), view.scope(), "CSV");
		byte[] body = ReportCsv
			.of(view, view.sections((key) -> label(key, locale)), label("report.hidden", locale),
					label("report.total", locale))
			.getBytes(StandardCharsets.UTF_8);
		return download(body, view, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/reports/{report}/{period}/pdf")
	ResponseEntity<byte[]> pdf(Authentication authentication, @PathVariable String report, @PathVariable String period,
			@RequestParam(required = false) String scope, Locale locale) throws IOException {
		mayReadReports(authentication);
		ReportView view = view(authentication, report, period, scope);
		this.reports.audit(AuditAction.EXPORT, view.run(), view.scope(), "PDF");
		byte[] body = this.pdf.render(view, view.sections((key) -> label(key, locale)), locale);
		return download(body, view, "pdf", MediaType.APPLICATION_PDF);
	}

	@ExceptionHandler(ReportService.NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(ReportService.NoAuditTrail.class)
	void noAuditTrail(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	private ReportView view(Authentication authentication, String report, String period, String scope) {
		Report which = Report.ofPath(report).orElseThrow(ReportService.NotFound::new);
		return this.reports.view(authentication, which, period, scope);
	}

	/** Chain partners, municipal staff, LSE workers and administrators see no report. */
	private void mayReadReports(Authentication authentication) {
		if (!this.reports.seesReports(authentication)) {
			throw new AccessDeniedException("No reports for this caller");
		}
	}

	private String label(String key, Locale locale) {
		String fallback = key.startsWith("report.code.") ? key.substring("report.code.".length()) : key;
		return this.messages.getMessage(key, null, fallback, locale);
	}

	private static ResponseEntity<byte[]> download(byte[] body, ReportView view, String extension, MediaType type) {
		String name = "lse-" + view.report().path() + "-" + view.period().code() + "-" + view.scope() + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
