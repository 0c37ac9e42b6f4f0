package nl.lse.platform.browser;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import nl.lse.platform.PortalBrowser;
import nl.lse.platform.testing.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LSE management's reports in the browser, every page checked for accessibility: the
 * overview, a national report with its charts and tables, the same for a municipality;
 * screenshots of a report page and of the PDF's first page for the documentation.
 */
class ReportPagesBrowserIntegrationTests extends BrowserJourney {

	private final JdbcTemplate superuser = TestDatabase.get().superuser();

	@BeforeEach
	void threeMonthsOfReports() {
		TestDatabase.get().lseOwnRecords();
		clean();
		int month = 8;
		for (String period : List.of("2026-08", "2026-09", "2026-10")) {
			long run = this.superuser.queryForObject("""
					insert into platform.report_run (job, period, revision, platform_version, status, tenants_total,
						finished_at) values ('caseloadReport', ?, 0, 'test', 'COMPLETED', 2, now()) returning id""",
					Long.class, period);
			this.superuser.update(
					"insert into platform.report_current (job, period, run_id) values ('caseloadReport', ?, ?)", period,
					run);
			int m = month++;
			figures(run, "gm0363", m, 1);
			figures(run, "gm0599", m, 2);
			figures(run, "national", m, 3);
		}
	}

	/** Counts that grow by month; national is the sum of the two (factor 1 + 2). */
	private void figures(long run, String scope, int month, int factor) {
		String[][] phases = { { "FAMILY_SUPPORT", "INTAKE", "3" }, { "FAMILY_SUPPORT", "SUPPORT", "7" },
				{ "FAMILY_SUPPORT", "AFTERCARE", "4" }, { "INDIVIDUAL_GUIDANCE", "INTAKE", "2" },
				{ "INDIVIDUAL_GUIDANCE", "SUPPORT", "6" } };
		for (String[] phase : phases) {
			insert(run, scope, "open_trajectories", phase[0], phase[1],
					factor * (Long.parseLong(phase[2]) + month - 8));
		}
		insert(run, scope, "new_trajectories", "FAMILY_SUPPORT", "", factor * (month - 3L));
		insert(run, scope, "open_cases_by_severity", "2", "", factor * 6L);
		insert(run, scope, "open_cases_by_severity", "3", "", factor * (month - 2L));
		insert(run, scope, "open_cases_by_support_level", "MEDIUM", "", factor * (month + 4L));
	}

	private void insert(long run, String scope, String measure, String key1, String key2, long value) {
		this.superuser.update("""
				insert into platform.report_figure (run_id, scope, measure, key1, key2, value)
				values (?, ?, ?, ?, ?, ?)""", run, scope, measure, key1, key2, value);
	}

	@AfterEach
	void clean() {
		this.superuser.update("delete from platform.report_current where job = 'caseloadReport'");
		this.superuser.update("delete from platform.report_figure");
		this.superuser.update("delete from platform.report_duration_summary");
		this.superuser.update("delete from platform.report_duration");
		this.superuser.update("delete from platform.report_run");
	}

	@Test
	void managementReadsTheNationalAndAMunicipalReport() throws Exception {
		logIn("lse.manager", false);
		assertThat(browser().getCurrentUrl()).endsWith("/reports");
		page("reports overview");
		click(By.linkText("2026-10"));
		page("caseload report, national");
		assertThat(text()).contains("Caseload 2026-10 – Landelijk", "Lopende trajecten naar dienst en fase",
				"Verloop over de laatste perioden");
		choose("scope", "gm0363");
		button("Tonen");
		page("caseload report, Amsterdam");
		assertThat(text()).contains("Testgemeente gm0363", "niet getoond");
		screenshot("report.png");

		PortalBrowser http = new PortalBrowser();
		http.login("lse.manager", "/");
		byte[] pdf = http.download("/reports/caseload/2026-10/pdf?scope=national").body();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 80);
			Path target = Path.of("target", "screenshots", "report-pdf.png");
			Files.createDirectories(target.getParent());
			ImageIO.write(first, "png", target.toFile());
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
		}
	}

}
