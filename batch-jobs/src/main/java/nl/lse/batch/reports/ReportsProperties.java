package nl.lse.batch.reports;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lse.reports.*}: the smallest number behind a shown duration ({@code k}, 5), the
 * partitions that run at once ({@code threads}, 2; each holds two connections), the
 * smallest LSE team reported on its own ({@code min-team-size}, 3; smaller teams count as
 * {@code overig}), the platform version stored with every run, and the days after which a
 * handover not yet accepted waits too long ({@code handover-waiting-days}, 14), and who
 * is e-mailed a link when a report is ready ({@code mail}).
 */
@ConfigurationProperties("lse.reports")
public record ReportsProperties(@DefaultValue("5") int k, @DefaultValue("2") int threads,
		@DefaultValue("3") int minTeamSize, @DefaultValue("development") String platformVersion,
		@DefaultValue("14") int handoverWaitingDays, @DefaultValue Mail mail) {

	public ReportsProperties {
		if (k < 2 || threads < 1 || threads > 32 || minTeamSize < 1 || handoverWaitingDays < 1) {
			throw new IllegalArgumentException(
					"lse.reports: k >= 2, 1 <= threads <= 32, min-team-size >= 1, handover-waiting-days >= 1");
		}
	}

	/**
	 * {@code lse.reports.mail.*}: who is told that a report is ready ({@code to}, none by
	 * default), the sender, and the portal's address the link points at.
	 */
	public record Mail(@DefaultValue("") List<String> to, @DefaultValue("rapportages@lse.example") String from,
			@DefaultValue("http://localhost:8080") String portalUrl) {

		public Mail {
			to = ReportMail.checked(to.stream().filter((address) -> !address.isBlank()).toList());
			portalUrl = portalUrl.replaceAll("/+$", "");
		}

	}

}
