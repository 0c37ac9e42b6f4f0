package nl.lse.platform.cases;

import java.time.LocalDate;

import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out case references such as {@code GM0363-2026-0042}: per municipality and year,
 * gapless and without two alike, by counting in the tenant's own transaction.
 */
@Component
class CaseReferences {

	private final JdbcTemplate jdbc;

	CaseReferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String next(LocalDate today) {
		TenantId tenant = TenantContext.current().orElseThrow();
		Integer number = this.jdbc.queryForObject("""
				insert into case_reference_counter (year, last_number) values (?, 1)
				on conflict (year) do update set last_number = case_reference_counter.last_number + 1
				returning last_number""", Integer.class, today.getYear());
		return String.format("%s-%d-%04d", tenant.code().toUpperCase(java.util.Locale.ROOT), today.getYear(), number);
	}

}
