package nl.lse.batch.reports;

import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.InternetAddress;

import nl.lse.platform.reporting.Period;
import nl.lse.platform.reporting.Report;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * When a report run completes, the management addresses ({@code lse.reports.mail.to}) get
 * an e-mail with a link to the report's page in the portal: never a figure, a name or a
 * municipality's number, so a mailbox holds nothing of the report (the page asks for a
 * login and records the view). A mail that cannot be sent is logged; the report stands.
 */
public class ReportMail implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(ReportMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final ReportsProperties.Mail properties;

	public ReportMail(ObjectProvider<JavaMailSender> sender, ReportsProperties.Mail properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void afterJob(JobExecution execution) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (execution.getStatus() != BatchStatus.COMPLETED || mail == null || this.properties.to().isEmpty()) {
			return;
		}
		String job = execution.getJobInstance().getJobName();
		Period period = Period.parse(execution.getJobParameters().getString("period"));
		Optional<Report> report = Report.ofJob(job);
		String name = report.map(Report::dutchName).orElse(job);
		String path = report.map(Report::path).orElse(job);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(this.properties.to().toArray(String[]::new));
		message.setSubject("Rapportage " + name + " " + period.code() + " staat klaar");
		message.setText(String.join("\n", "Beste lezer,", "",
				"De rapportage " + name + " over " + period.code() + " is gemaakt. U vindt haar in het LSE-platform:",
				this.properties.portalUrl() + "/reports/" + path + "/" + period.code(), "",
				"Na het inloggen ziet u de cijfers die voor u bestemd zijn. Deze e-mail bevat bewust geen cijfers.", "",
				"Landelijk Steunpunt Extremisme"));
		try {
			mail.send(message);
			logger.info(job + " " + period + ": " + this.properties.to().size() + " management address(es) told");
		}
		catch (MailException ex) {
			logger.warn(
					job + " " + period + ": the report is ready, but its e-mail could not be sent: " + ex.getMessage());
		}
	}

	/** Refuses an address that is not one, at start rather than at the first report. */
	static List<String> checked(List<String> addresses) {
		for (String address : addresses) {
			try {
				new InternetAddress(address, true).validate();
			}
			catch (jakarta.mail.internet.AddressException ex) {
				throw new IllegalArgumentException("lse.reports.mail.to: '" + address + "' is not an e-mail address");
			}
		}
		return List.copyOf(addresses);
	}

}
