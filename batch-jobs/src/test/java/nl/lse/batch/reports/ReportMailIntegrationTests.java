package nl.lse.batch.reports;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.lse.platform.reporting.Period;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A completed report run tells the management addresses, through a real SMTP server
 * (GreenMail, in process): a link to the report's page, and not one figure.
 */
@SpringBootTest(properties = { "lse.reports.schedule.enabled=false",
		"lse.reports.mail.to=directie@lse.example,analist@lse.example",
		"lse.reports.mail.portal-url=https://portaal.lse.example/" })
class ReportMailIntegrationTests {

	static final int PORT = TestSmtp.freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = TestSmtp.on(PORT);

	@Autowired
	ReportLauncher launcher;

	@Autowired
	Job handoverReport;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@Test
	void aReadyReportIsAnnouncedWithALinkAndNoFigures() throws Exception {
		assertThat(this.launcher.launch(this.handoverReport, Period.parse("2025-03"), true).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		MimeMessage message = received[0];
		assertThat(message.getSubject()).isEqualTo("Rapportage overdracht en nazorg 2025-03 staat klaar");
		assertThat(message.getFrom()[0].toString()).isEqualTo("rapportages@lse.example");
		String body = (String) message.getContent();
		assertThat(body).contains("https://portaal.lse.example/reports/overdracht/2025-03")
			.contains("Deze e-mail bevat bewust geen cijfers.");
		assertThat(body.replace("2025-03", "")).as("no count, no municipality code").doesNotContainPattern("[0-9]");
	}

}
