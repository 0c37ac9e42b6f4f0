package nl.lse.platform.assignments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An LSE worker's cases across municipalities, from the assignment index alone (no tenant
 * schema is opened): references, phases and due dates, never content. Each case itself is
 * reached through the tenant gate.
 */
@RestController
class MyAssignmentsController {

	private final JdbcTemplate jdbc;

	MyAssignmentsController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/me/assignments")
	PageView<MyAssignment> assignments(Authentication authentication, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		String subject = LseAuthentication.of(authentication).orElseThrow().subject();
		int pageSize = PageView.size(size);
		int pageNumber = PageView.page(page);
		List<MyAssignment> items = this.jdbc.query("""
				select tenant_code, case_id, reference, phase, next_due_on, overdue_contacts from platform.assignment
				where lse_worker = ? order by next_due_on nulls last, tenant_code, reference limit ? offset ?""",
				(rs, row) -> new MyAssignment(rs.getString("tenant_code"), rs.getObject("case_id", UUID.class),
						rs.getString("reference"), rs.getString("phase"),
						(rs.getDate("next_due_on") != null) ? rs.getDate("next_due_on").toLocalDate() : null,
						rs.getInt("overdue_contacts")),
				subject, pageSize, (long) pageNumber * pageSize);
		Long total = this.jdbc.queryForObject("select count(*) from platform.assignment where lse_worker = ?",
				Long.class, subject);
		return new PageView<>(items, pageNumber, pageSize, (total != null) ? total : 0);
	}

	/**
	 * @param tenant the municipality
	 * @param caseId the case, to open through {@code /api/v1/tenants/{tenant}/cases/{id}}
	 * @param reference the case reference
	 * @param phase the phase of this worker's work on it
	 * @param nextDueOn the next aftercare contact due on the case
	 * @param overdueContacts aftercare contacts past their date
	 */
	record MyAssignment(String tenant, UUID caseId, String reference, String phase, @Nullable LocalDate nextDueOn,
			int overdueContacts) {
	}

}
