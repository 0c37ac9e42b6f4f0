package nl.lse.admin.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;

/** {@code platform.onboarding}, written as the admin login, one statement at a time. */
class OnboardingRecords {

	private static final String SELECT = """
			select tenant_code, name, retention_years, director_name, director_email, step, organization_id,
			director_user_id, attempts, failed_step, failure, requested_by, requested_at, updated_at, finished_at
			from platform.onboarding""";

	private static final String ONE = SELECT + " where tenant_code = ?";

	private static final String ALL = SELECT + " order by tenant_code";

	private final JdbcOperations jdbc;

	OnboardingRecords(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the request unless one for this code exists; whether it was new. */
	boolean request(MunicipalityRequest request, String requestedBy) {
		return this.jdbc.update("insert into platform.onboarding (tenant_code, name, retention_years, director_name,"
				+ " director_email, requested_by) values (?, ?, ?, ?, ?, ?) on conflict (tenant_code) do nothing",
				request.code(), request.name(), request.retentionYears(), request.directorName(),
				request.directorEmail(), requestedBy) == 1;
	}

	Optional<OnboardingRecord> find(String code) {
		return this.jdbc.query(ONE, OnboardingRecords::map, code).stream().findFirst();
	}

	List<OnboardingRecord> all() {
		return this.jdbc.query(ALL, OnboardingRecords::map);
	}

	/** Onboardings that were running when the app stopped: not finished, not failed. */
	List<String> interrupted() {
		return this.jdbc.queryForList("select tenant_code from platform.onboarding where step <> 'ACTIVE'"
				+ " and failed_step is null order by requested_at", String.class);
	}

	void attempt(String code) {
		this.jdbc.update(
				"update platform.onboarding set attempts = attempts + 1, updated_at = now()" + " where tenant_code = ?",
				code);
	}

	void done(String code, OnboardingStep step) {
		this.jdbc.update("update platform.onboarding set step = ?, failed_step = null, failure = null,"
				+ " updated_at = now(), finished_at = case when ? = 'ACTIVE' then now() end where tenant_code = ?",
				step.name(), step.name(), code);
	}

	void organization(String code, String organizationId) {
		this.jdbc.update("update platform.onboarding set organization_id = ?, updated_at = now() where tenant_code = ?",
				organizationId, code);
	}

	void director(String code, String userId) {
		this.jdbc.update(
				"update platform.onboarding set director_user_id = ?, updated_at = now() where tenant_code = ?", userId,
				code);
	}

	void failed(String code, OnboardingStep step, String failure) {
		this.jdbc.update(
				"update platform.onboarding set failed_step = ?, failure = ?, updated_at = now()"
						+ " where tenant_code = ?",
				step.name(), failure.substring(0, Math.min(500, failure.length())), code);
	}

	private static OnboardingRecord map(ResultSet rs, int row) throws SQLException {
		String failedStep = rs.getString("failed_step");
		return new OnboardingRecord(rs.getString("tenant_code"), rs.getString("name"), rs.getInt("retention_years"),
				rs.getString("director_name"), rs.getString("director_email"),
				OnboardingStep.valueOf(rs.getString("step")), rs.getString("organization_id"),
				rs.getString("director_user_id"), rs.getInt("attempts"),
				(failedStep != null) ? OnboardingStep.valueOf(failedStep) : null, rs.getString("failure"),
				rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), instant(rs.getTimestamp("finished_at")));
	}

	private static java.time.@Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
