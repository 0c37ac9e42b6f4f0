package nl.lse.platform.reports;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.PortalBrowser;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.testing.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report pages over stored figures (as batch-jobs writes them) with the real Keycloak
 * login: who sees which scope, what is hidden, the CSV and the PDF, and the audit events.
 * Amsterdam has 2 family-support trajectories in intake (below k = 5) and 9 in support;
 * Rotterdam 12 in intake: the 2 are hidden, and so is one more count of Amsterdam's row
 * and of the national intake column.
 */
class ReportPagesIntegrationTests extends PlatformIntegrationTest {

	private final JdbcTemplate superuser = TestDatabase.get().superuser();

	@BeforeEach
	void storedReports() {
		TestDatabase.get().lseOwnRecords();
		clean();
		long october = run("2026-10");
		long september = run("2026-09");
		for (long run : List.of(october, september)) {
			figure(run, "gm0363", "INTAKE", 2);
			figure(run, "gm0363", "SUPPORT", 9);
			figure(run, "gm0599", "INTAKE", 12);
			figure(run, "national", "INTAKE", 14);
			figure(run, "national", "SUPPORT", 9);
		}
	}

	@AfterEach
	void clean() {
		this.superuser.update("delete from platform.report_current where job = 'caseloadReport'");
		this.superuser.update("delete from platform.report_duration_summary");
		this.superuser.update("delete from platform.report_duration");
		this.superuser.update("delete from platform.report_figure");
		this.superuser.update("delete from platform.report_run");
	}

	@Test
	void managementLandsOnTheReportsAndSeesNationalFiguresWithSmallCountsHidden() throws Exception {
		PortalBrowser browser = new PortalBrowser();
		HttpResponse<String> landing = browser.login("lse.manager", "/");
		assertThat(landing.uri().getPath()).isEqualTo("/reports");
		assertThat(landing.body()).contains("Rapportages")
			.contains("href=\"/reports/caseload/2026-10?scope=national\"");

		HttpResponse<String> national = browser.get("/reports/caseload/2026-10?scope=national");
		assertThat(national.statusCode()).isEqualTo(200);
		assertThat(national.body()).contains("Lopende trajecten naar dienst en fase")
			.contains("<svg")
			.contains("role=\"img\"")
			.contains("Verloop over de laatste perioden");

		HttpResponse<String> amsterdam = browser.get("/reports/caseload/2026-10?scope=gm0363");
		assertThat(amsterdam.statusCode()).isEqualTo(200);
		assertThat(cells(amsterdam.body())).as("2 is below k, and 9 would give it away through the total 11")
			.contains("niet getoond")
			.doesNotContain(">2<")
			.doesNotContain(">9<");

		HttpResponse<byte[]> csv = browser.download("/reports/caseload/2026-10/csv?scope=gm0363");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("lse-caseload-2026-10-gm0363.csv");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("rapportage;periode;gebied;maat;rij;kolom;aantal")
			.contains("\"Familiebegeleiding\";\"Intake\";\"niet getoond\"")
			.doesNotContain(";2\r\n");

		HttpResponse<byte[]> pdf = browser.download("/reports/caseload/2026-10/pdf?scope=national");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String pages = new PDFTextStripper().getText(document);
			assertThat(pages).contains("Caseload 2026-10 - Landelijk")
				.contains("Lopende trajecten naar dienst en fase");
		}

		assertThat(events("lse")).contains("READ NATIONAL_PAGE", "EXPORT NATIONAL_PDF");
		assertThat(events("gm0363")).contains("READ MUNICIPALITY_PAGE", "EXPORT MUNICIPALITY_CSV");
	}

	@Test
	void aCaseDirectorSeesTheirOwnMunicipalityOnly() throws Exception {
		PortalBrowser browser = new PortalBrowser();
		browser.login("cd.amsterdam", "/");
		HttpResponse<String> own = browser.get("/reports/caseload/2026-10");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("Caseload 2026-10 – Testgemeente gm0363");
		HttpResponse<String> national = browser.get("/reports/caseload/2026-10?scope=national");
		HttpResponse<String> other = browser.get("/reports/caseload/2026-10?scope=gm0599");
		HttpResponse<String> missing = browser.get("/reports/caseload/2031-01?scope=gm0363");
		assertThat(List.of(national.statusCode(), other.statusCode(), missing.statusCode())).as("never 403")
			.containsOnly(404);
		assertThat(browser.download("/reports/caseload/2026-10/csv?scope=gm0599").statusCode()).isEqualTo(404);
		assertThat(this.superuser
			.queryForList("select coalesce(tenant_code, '-') from platform.security_event where reason = 'REPORT_SCOPE'"
					+ " and subject_name = 'Anouk de Vries' order by occurred_at", String.class))
			.as("each refusal is a security event")
			.endsWith("-", "gm0599", "gm0599");
	}

	@Test
	void chainPartnersAndStaffSeeNoReports() throws Exception {
		for (String user : List.of("partner.politie", "staff.amsterdam")) {
			PortalBrowser browser = new PortalBrowser();
			browser.login(user, "/");
			assertThat(browser.get("/reports").statusCode()).as(user).isEqualTo(403);
			assertThat(browser.get("/reports/caseload/2026-10?scope=gm0363").statusCode()).as(user).isEqualTo(403);
			assertThat(browser.get("/").body()).as(user).doesNotContain("href=\"/reports\"");
		}
	}

	/** The table cells of a page (the charts' descriptions say the same in words). */
	private static String cells(String page) {
		return String.join("\n", page.lines().filter((line) -> line.contains("utrecht-table__cell")).toList());
	}

	private long run(String period) {
		long id = this.superuser.queryForObject(
				"""
						insert into platform.report_run (job, period, revision, platform_version, status, tenants_total, finished_at)
						values ('caseloadReport', ?, 0, 'test', 'COMPLETED', 2, now()) returning id""",
				Long.class, period);
		this.superuser.update(
				"insert into platform.report_current (job, period, run_id) values ('caseloadReport', ?, ?)", period,
				id);
		return id;
	}

	private void figure(long run, String scope, String phase, long value) {
		this.superuser.update("""
				insert into platform.report_figure (run_id, scope, measure, key1, key2, value)
				values (?, ?, 'open_trajectories', 'FAMILY_SUPPORT', ?, ?)""", run, scope, phase, value);
	}

	private List<String> events(String tenant) {
		return TestDatabase.get()
			.asTenantOwner("lse".equals(tenant) ? TenantId.LSE : TenantId.of(tenant))
			.queryForList("select action || ' ' || purpose from audit_event where object_kind = 'REPORT'",
					String.class);
	}

}
