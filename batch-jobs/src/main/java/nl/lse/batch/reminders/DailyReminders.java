package nl.lse.batch.reminders;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.lse.batch.reports.ReportsProperties;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The daily reminders. Per open municipality, inside its tenant transaction (as its own
 * role), the trajectories with an aftercare contact due within the coming days or
 * overdue, and the handovers waiting too long; then one e-mail per person with their
 * lines: the LSE worker on the trajectory and the municipality's case directors for
 * aftercare, LSE's coordinators for handovers. Addresses come from tenant-admin's
 * directories ({@code platform.lse_staff}, {@code platform.municipal_contact}); chain
 * partners and municipal staff get nothing.
 */
public class DailyReminders {

	private static final Log logger = LogFactory.getLog(DailyReminders.class);

	private static final String AFTERCARE = """
			select t.id::text as trajectory, c.reference, t.lse_worker, min(ac.due_on) as due_on
			from aftercare_contact ac
			join trajectory t on t.aftercare_id = ac.aftercare_id
			join case_file c on c.id = t.case_id
			where ac.done_on is null and ac.due_on <= ? and t.closed_on is null
			group by t.id, c.reference, t.lse_worker order by min(ac.due_on), c.reference""";

	private static final String HANDOVERS = """
			select t.id::text as trajectory, c.reference, t.lse_worker, h.started_on
			from trajectory t join handover h on h.id = t.handover_id join case_file c on c.id = t.case_id
			where h.accepted_on is null and h.started_on <= ? and t.closed_on is null
			order by h.started_on, c.reference""";

	private final JdbcTemplate jdbc;

	private final TenantCatalog catalog;

	private final TenantTransactions tenants;

	private final ObjectProvider<JavaMailSender> mail;

	private final ReminderProperties properties;

	private final ReportsProperties.Mail mailProperties;

	private final Clock clock;

	DailyReminders(JdbcTemplate jdbc, TenantCatalog catalog, TenantTransactions tenants,
			ObjectProvider<JavaMailSender> mail, ReminderProperties properties, ReportsProperties.Mail mailProperties,
			Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.tenants = tenants;
		this.mail = mail;
		this.properties = properties;
		this.mailProperties = mailProperties;
		this.clock = clock;
	}

	/** Today's reminders, sent; the number of e-mails. */
	public int sendToday() {
		return send(LocalDate.now(this.clock));
	}

	int send(LocalDate today) {
		Map<String, List<Reminder>> byAddress = recipients(collect(today));
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			logger.warn("Daily reminders: no mail server configured (spring.mail.host); " + byAddress.size()
					+ " e-mail(s) not sent");
			return 0;
		}
		int sent = 0;
		for (Map.Entry<String, List<Reminder>> entry : byAddress.entrySet()) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.mailProperties.from());
			message.setTo(entry.getKey());
			message.setSubject("Herinneringen LSE-platform " + Reminder.dutch(today));
			List<String> lines = new ArrayList<>(List.of("Beste collega,", "",
					"Deze trajecten vragen vandaag uw aandacht (kenmerk en link; na het inloggen ziet u meer):", ""));
			entry.getValue().forEach((reminder) -> lines.add(reminder.line(this.mailProperties.portalUrl())));
			lines.addAll(List.of("", "Landelijk Steunpunt Extremisme"));
			message.setText(String.join("\n", lines));
			try {
				sender.send(message);
				sent++;
			}
			catch (MailException ex) {
				logger.warn("Daily reminders: an e-mail could not be sent: " + ex.getMessage());
			}
		}
		logger.info("Daily reminders " + today + ": " + sent + " e-mail(s) sent");
		return sent;
	}

	/** Every reminder of the day, over the open municipalities. */
	List<Reminder> collect(LocalDate today) {
		List<Reminder> reminders = new ArrayList<>();
		LocalDate dueBy = today.plusDays(this.properties.dueWithinDays());
		LocalDate waitingSince = today.minusDays(this.properties.handoverWaitingDays());
		for (Tenant tenant : this.catalog.municipalities()) {
			if (!tenant.isOpen()) {
				continue;
			}
			String code = tenant.id().code();
			this.tenants.inTenant(tenant.id(), (status) -> {
				this.jdbc.query(AFTERCARE, (RowCallbackHandler) (rs) -> {
					LocalDate due = rs.getDate("due_on").toLocalDate();
					reminders.add(new Reminder(
							due.isBefore(today) ? Reminder.Kind.AFTERCARE_OVERDUE : Reminder.Kind.AFTERCARE_DUE, code,
							rs.getString("trajectory"), rs.getString("reference"), due, rs.getString("lse_worker")));
				}, Date.valueOf(dueBy));
				this.jdbc.query(HANDOVERS,
						(RowCallbackHandler) (rs) -> reminders.add(new Reminder(Reminder.Kind.HANDOVER_WAITING, code,
								rs.getString("trajectory"), rs.getString("reference"),
								rs.getDate("started_on").toLocalDate(), rs.getString("lse_worker"))),
						Date.valueOf(waitingSince));
				return null;
			});
		}
		return reminders;
	}

	/** Each address with its reminders: worker and case directors, or coordinators. */
	Map<String, List<Reminder>> recipients(List<Reminder> reminders) {
		Map<String, String> workers = new LinkedHashMap<>();
		this.jdbc.query("select subject, email from platform.lse_staff where active and email is not null",
				(RowCallbackHandler) (rs) -> {
					workers.put(rs.getString("subject"), rs.getString("email"));
				});
		List<String> coordinators = this.jdbc.queryForList(
				"select email from platform.lse_staff where active and role = 'lse-coordinator' and email is not null",
				String.class);
		Map<String, List<String>> caseDirectors = new LinkedHashMap<>();
		this.jdbc.query("""
				select tenant_code, email from platform.municipal_contact where role = 'case-director'
				order by tenant_code, email""",
				(RowCallbackHandler) (rs) -> caseDirectors
					.computeIfAbsent(rs.getString("tenant_code"), (tenant) -> new ArrayList<>())
					.add(rs.getString("email")));
		Map<String, List<Reminder>> byAddress = new LinkedHashMap<>();
		for (Reminder reminder : reminders) {
			Set<String> to = new LinkedHashSet<>();
			if (reminder.kind() == Reminder.Kind.HANDOVER_WAITING) {
				to.addAll(coordinators);
			}
			else {
				if (reminder.lseWorker() != null && workers.containsKey(reminder.lseWorker())) {
					to.add(workers.get(reminder.lseWorker()));
				}
				to.addAll(caseDirectors.getOrDefault(reminder.tenant(), List.of()));
			}
			to.forEach((address) -> byAddress.computeIfAbsent(address, (a) -> new ArrayList<>()).add(reminder));
		}
		return byAddress;
	}

}
