package nl.lse.batch.reminders;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.lse.batch.caseload.CaseloadFixture;
import nl.lse.batch.reports.TestSmtp;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders of 15 October 2026 over a known dataset, through a real SMTP server: the
 * worker on a trajectory and the case director hear of an aftercare contact due within 7
 * days and of an overdue one; the coordinator of a handover waiting 20 days; a contact in
 * 3 weeks, a closed trajectory and a handover of 3 days remind nobody; a chain partner
 * and municipal staff get nothing; a mail holds references and links, never a name.
 */
@SpringBootTest(
		properties = { "lse.reports.schedule.enabled=false", "lse.reports.mail.portal-url=https://portaal.test" })
class DailyRemindersIntegrationTests {

	static final int PORT = TestSmtp.freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = TestSmtp.on(PORT);

	static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

	@Autowired
	DailyReminders reminders;

	String due;

	String overdue;

	String waiting;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@BeforeEach
	void knownDataset() {
		TestDatabase database = TestDatabase.get();
		List.of("gm0363", "gm0599", "gm0193").forEach(database::tenant);
		JdbcTemplate superuser = database.superuser();
		superuser.update("update platform.tenant set status = 'ACTIVE' where code in ('gm0363', 'gm0599', 'gm0193')");
		superuser.update("delete from platform.lse_staff");
		superuser.update("""
				insert into platform.lse_staff (subject, display_name, email, team, role, active) values
				('w1', 'Wim Werker', 'w1@lse.test', 'noord', 'lse-worker', true),
				('k1', 'Karin Coördinator', 'k1@lse.test', 'noord', 'lse-coordinator', true),
				('k2', 'Oud Coördinator', 'k2@lse.test', 'noord', 'lse-coordinator', false)""");
		superuser.update("delete from platform.municipal_contact");
		superuser.update("""
				insert into platform.municipal_contact (tenant_code, subject, email, role) values
				('gm0363', 'cd', 'cd@gm0363.test', 'case-director'),
				('gm0363', 'st', 'staff@gm0363.test', 'municipality-staff'),
				('gm0363', 'pp', 'partner@politie.test', 'chain-partner'),
				('gm0599', 'cd2', 'cd@gm0599.test', 'case-director')""");
		new CaseloadFixture(TenantId.of("gm0599")).clear();
		new CaseloadFixture(TenantId.of("gm0193")).clear();
		CaseloadFixture a = new CaseloadFixture(TenantId.of("gm0363")).clear();
		UUID c1 = a.caseFile("2026-05-01", null, 2, "LIGHT");
		this.due = a.trajectory(c1, "FAMILY_SUPPORT", "2026-05-01")
			.aftercare("2026-09-01")
			.aftercareContact("2026-10-01", "2026-10-01")
			.aftercareContact("2026-10-18", null)
			.worker("w1")
			.save()
			.toString();
		UUID c2 = a.caseFile("2026-05-02", null, 2, "LIGHT");
		this.overdue = a.trajectory(c2, "INDIVIDUAL_GUIDANCE", "2026-05-02")
			.aftercare("2026-09-01")
			.aftercareContact("2026-10-10", null)
			.worker("w1")
			.save()
			.toString();
		UUID c3 = a.caseFile("2026-05-03", null, 2, "LIGHT");
		a.trajectory(c3, "FAMILY_SUPPORT", "2026-05-03")
			.aftercare("2026-09-01")
			.aftercareContact("2026-11-05", null)
			.worker("w1")
			.save();
		a.trajectory(c3, "FAMILY_SUPPORT", "2026-05-03")
			.aftercare("2026-09-01")
			.aftercareContact("2026-10-01", null)
			.closed("2026-10-05", "NO_HANDOVER_POSSIBLE")
			.worker("w1")
			.save();
		UUID c4 = a.caseFile("2026-05-04", null, 2, "LIGHT");
		this.waiting = a.trajectory(c4, "FAMILY_SUPPORT", "2026-05-04")
			.aftercare("2026-08-01")
			.handover("2026-09-25", "MUNICIPALITY")
			.save()
			.toString();
		a.trajectory(c4, "FAMILY_SUPPORT", "2026-05-04")
			.aftercare("2026-08-01")
			.handover("2026-10-12", "MUNICIPALITY")
			.save();
	}

	@Test
	void theRightPeopleHearOfDueAndOverdueAftercareAndOfHandoversWaitingTooLong() throws Exception {
		assertThat(this.reminders.send(TODAY)).isEqualTo(3);
		Map<String, String> mails = Arrays.stream(smtp.getReceivedMessages())
			.collect(Collectors.toMap(DailyRemindersIntegrationTests::to, DailyRemindersIntegrationTests::body));
		assertThat(mails).containsOnlyKeys("w1@lse.test", "cd@gm0363.test", "k1@lse.test");
		String link = "https://portaal.test/t/gm0363/trajecten/";
		for (String address : List.of("w1@lse.test", "cd@gm0363.test")) {
			assertThat(mails.get(address)).contains("GM0363-2026-0001: nazorgcontact gepland op 18-10-2026")
				.contains(link + this.due)
				.contains("GM0363-2026-0002: nazorgcontact te laat, gepland op 10-10-2026")
				.contains(link + this.overdue)
				.doesNotContain("GM0363-2026-0003")
				.doesNotContain("overdracht");
		}
		assertThat(mails.get("k1@lse.test"))
			.contains("GM0363-2026-0004: overdracht wacht sinds 25-9-2026 op acceptatie")
			.contains(link + this.waiting)
			.doesNotContain("nazorgcontact");
		assertThat(String.join("\n", mails.values())).as("no name").doesNotContain("Wim").doesNotContain("Karin");
		assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Herinneringen LSE-platform 15-10-2026");
	}

	private static String to(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
