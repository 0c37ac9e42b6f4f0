package nl.lse.admin.onboarding;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import nl.lse.admin.audit.AdminLog;
import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.provisioning.TenantProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Onboards a municipality as a state machine stored in {@code platform.onboarding}: the
 * database (catalog row, roles, schema, migrations), the Keycloak organization (alias =
 * tenant code) and its role groups, the first case director, and then the catalog opens
 * the tenant. A run starts after the last step stored as done, and every step is
 * idempotent, so a re-run after a failure anywhere ends in the same state as a clean run.
 * One run per code at a time, under a PostgreSQL advisory lock (a second run that finds
 * it taken returns at once): two concurrent onboardings of a code give one tenant and one
 * organization.
 */
public class Onboarding {

	private static final Logger logger = LoggerFactory.getLogger(Onboarding.class);

	/**
	 * The group of a municipality's organization whose members are its case directors.
	 */
	static final String CASE_DIRECTORS = "casusregie";

	private final OnboardingRecords records;

	private final TenantProvisioning provisioning;

	private final KeycloakDirectory keycloak;

	private final DataSource dataSource;

	private final OnboardingFaults faults;

	private final AdminLog log;

	Onboarding(OnboardingRecords records, TenantProvisioning provisioning, KeycloakDirectory keycloak,
			DataSource dataSource, OnboardingFaults faults, AdminLog log) {
		this.log = log;
		this.records = records;
		this.provisioning = provisioning;
		this.keycloak = keycloak;
		this.dataSource = dataSource;
		this.faults = faults;
	}

	/**
	 * Records the request, or finds the same earlier one, without running it.
	 * @throws OnboardingConflict when the code was asked for with other details
	 */
	public OnboardingRecord request(MunicipalityRequest request, String requestedBy) {
		if (!this.records.request(request, requestedBy)) {
			OnboardingRecord earlier = this.records.find(request.code()).orElseThrow();
			if (!earlier.sameRequest(request)) {
				throw new OnboardingConflict("Gemeente " + request.code() + " is al aangevraagd (" + earlier.name()
						+ ", casusregisseur " + earlier.directorEmail() + ").");
			}
		}
		return this.records.find(request.code()).orElseThrow();
	}

	/** Requests and runs to the end (or to the step that fails). */
	public OnboardingRecord onboard(MunicipalityRequest request, String requestedBy) {
		request(request, requestedBy);
		return run(request.code());
	}

	public Optional<OnboardingRecord> find(String code) {
		return this.records.find(code);
	}

	/**
	 * Runs a requested onboarding from the step after the last one done; when another run
	 * of the code is going on, returns how far that one is.
	 */
	public OnboardingRecord run(String code) {
		try (Connection connection = this.dataSource.getConnection()) {
			// a session lock on a connection of its own: the steps commit one by one on
			// others
			JdbcTemplate lock = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			if (!Boolean.TRUE.equals(lock.queryForObject(
					"select pg_try_advisory_lock(hashtextextended('lse-onboarding:' || ?, 0))", Boolean.class, code))) {
				// another run (here or on another replica) is at it: it will finish;
				// waiting
				// would only hold a connection and a thread
				return this.records.find(code).orElseThrow();
			}
			try {
				return steps(code);
			}
			finally {
				lock.queryForObject("select pg_advisory_unlock(hashtextextended('lse-onboarding:' || ?, 0))",
						Boolean.class, code);
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Onboarding " + code + ": no database connection", ex);
		}
	}

	private OnboardingRecord steps(String code) {
		OnboardingRecord record = this.records.find(code)
			.orElseThrow(() -> new IllegalArgumentException("No onboarding requested for " + code));
		if (record.finished()) {
			return record;
		}
		this.records.attempt(code);
		OnboardingStep step = record.step();
		while (step != OnboardingStep.ACTIVE) {
			OnboardingStep next = step.next();
			try {
				this.faults.before(code, next);
				perform(next, this.records.find(code).orElseThrow());
				this.faults.afterWork(code, next);
			}
			catch (RuntimeException ex) {
				logger.warn("Onboarding {} stopped at step {}: {}", code, next, ex.toString());
				this.records.failed(code, next, reason(ex));
				this.log.record(record.requestedBy(), "ONBOARDING_STOPPED", code, null, AdminLog.Outcome.FAILED,
						next + ": " + ex.getClass().getSimpleName());
				return this.records.find(code).orElseThrow();
			}
			this.records.done(code, next);
			logger.info("Onboarding {}: {} done", code, next);
			step = next;
		}
		this.log.record(record.requestedBy(), "ONBOARDING_FINISHED", code, null, AdminLog.Outcome.OK, null);
		return this.records.find(code).orElseThrow();
	}

	private void perform(OnboardingStep step, OnboardingRecord record) {
		TenantId tenant = TenantId.of(record.code());
		switch (step) {
			case SCHEMA -> this.provisioning.prepare(tenant, record.name());
			case ORGANIZATION -> this.records.organization(record.code(),
					this.keycloak.ensureOrganization(record.code(), record.name()));
			case ROLE_GROUPS -> this.keycloak.ensureRoleGroups(organization(record));
			case FIRST_DIRECTOR -> {
				String user = this.keycloak.ensureUser(record.directorEmail(), record.directorName());
				this.records.director(record.code(), user);
				this.keycloak.join(organization(record), user, CASE_DIRECTORS);
			}
			case ACTIVE -> this.provisioning.open(tenant);
			case REQUESTED -> throw new IllegalStateException("REQUESTED is not a step to perform");
		}
	}

	/**
	 * Why a step stopped, as the page and the API may show it: what went wrong and where,
	 * never a database's or Keycloak's own text (the log has the details).
	 */
	static String reason(RuntimeException ex) {
		if (ex instanceof jakarta.ws.rs.WebApplicationException keycloak) {
			return "Keycloak weigerde de stap (HTTP " + keycloak.getResponse().getStatus() + ").";
		}
		if (ex instanceof jakarta.ws.rs.ProcessingException) {
			return "Keycloak is niet bereikbaar.";
		}
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof java.sql.SQLException sql) {
				return "De database weigerde de stap (SQLSTATE " + sql.getSQLState() + ").";
			}
			cause = cause.getCause();
		}
		if (ex instanceof org.springframework.dao.DataAccessException
				|| ex instanceof nl.lse.platform.tenancy.provisioning.TenantLifecycleException) {
			return "De database weigerde de stap.";
		}
		if (ex instanceof IllegalStateException && ex.getMessage() != null) {
			// our own rules, in Dutch where a user can act on them
			return ex.getMessage();
		}
		return "Onverwachte fout (" + ex.getClass().getSimpleName() + ").";
	}

	private static String organization(OnboardingRecord record) {
		if (record.organizationId() == null) {
			throw new IllegalStateException("Onboarding " + record.code() + " has no organization yet");
		}
		return record.organizationId();
	}

}
