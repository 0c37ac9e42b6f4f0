package nl.lse.admin.onboarding;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import nl.lse.admin.audit.AdminLog;
import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the admin pages and API do with municipalities: list them with their status, start
 * an onboarding in the background and show its progress.
 */
public class Municipalities {

	private static final Logger logger = LoggerFactory.getLogger(Municipalities.class);

	private final Onboarding onboarding;

	private final OnboardingRecords records;

	private final TenantCatalog catalog;

	private final KeycloakDirectory keycloak;

	private final Executor background;

	private final AdminLog log;

	/** Codes waiting for or in a run on this replica: one at a time each. */
	private final java.util.Set<String> queued = java.util.concurrent.ConcurrentHashMap.newKeySet();

	Municipalities(Onboarding onboarding, OnboardingRecords records, TenantCatalog catalog, KeycloakDirectory keycloak,
			Executor background, AdminLog log) {
		this.log = log;
		this.onboarding = onboarding;
		this.records = records;
		this.catalog = catalog;
		this.keycloak = keycloak;
		this.background = background;
	}

	/** Records the request and runs it in the background; the request as recorded. */
	public MunicipalityView start(MunicipalityRequest request, String requestedBy) {
		OnboardingRecord recorded;
		try {
			recorded = this.onboarding.request(request, requestedBy);
		}
		catch (OnboardingConflict ex) {
			this.log.record(requestedBy, "ONBOARDING_REQUESTED", request.code(), request.directorEmail(),
					AdminLog.Outcome.REFUSED, ex.getMessage());
			throw ex;
		}
		this.log.record(requestedBy, "ONBOARDING_REQUESTED", request.code(), request.directorEmail(),
				AdminLog.Outcome.OK, request.name());
		if (!recorded.finished()) {
			runInBackground(recorded.code());
		}
		return view(recorded, false);
	}

	/** Runs an onboarding that stopped again, in the background. */
	public Optional<MunicipalityView> retry(String code, String retriedBy) {
		Optional<OnboardingRecord> recorded = this.records.find(code);
		recorded.ifPresent((record) -> this.log.record(retriedBy, "ONBOARDING_RETRIED", code, null, AdminLog.Outcome.OK,
				(record.failedStep() != null) ? "na " + record.failedStep() : null));
		recorded.filter((record) -> !record.finished()).ifPresent((record) -> runInBackground(code));
		return recorded.map((record) -> view(record, false));
	}

	public Optional<MunicipalityView> find(String code) {
		return this.records.find(code).map((record) -> view(record, true));
	}

	/**
	 * How far the onboarding is, without asking Keycloak for the users: the progress page
	 * shows no users and reloads every 2 seconds while a run works.
	 */
	public Optional<MunicipalityView> progress(String code) {
		return this.records.find(code).map((record) -> view(record, false));
	}

	/** Every municipality onboarded here, with its users per role. */
	public List<MunicipalityView> all() {
		return this.records.all().stream().map((record) -> view(record, true)).toList();
	}

	/**
	 * Onboardings that were under way when the app last stopped (a restart, a redeploy)
	 * go on; those that stopped at a failure wait for "Opnieuw proberen".
	 */
	public void resumeInterrupted() {
		this.records.interrupted().forEach(this::runInBackground);
	}

	private void runInBackground(String code) {
		if (!this.queued.add(code)) {
			return;
		}
		try {
			this.background.execute(() -> {
				try {
					this.onboarding.run(code);
				}
				catch (RuntimeException ex) {
					logger.warn("Onboarding {} could not run: {}", code, ex.toString());
				}
				finally {
					this.queued.remove(code);
				}
			});
		}
		catch (RuntimeException ex) {
			this.queued.remove(code);
			throw ex;
		}
	}

	private MunicipalityView view(OnboardingRecord record, boolean withUsers) {
		Optional<Tenant> tenant = this.catalog.find(TenantId.of(record.code()));
		Map<String, Integer> users = Map.of();
		if (withUsers && record.organizationId() != null && record.step().compareTo(OnboardingStep.ROLE_GROUPS) >= 0) {
			try {
				users = this.keycloak.membersPerGroup(record.organizationId());
			}
			catch (RuntimeException ex) {
				logger.warn("Users of {} could not be counted: {}", record.code(), ex.toString());
			}
		}
		List<MunicipalityView.StepView> steps = Arrays.stream(OnboardingStep.values())
			.filter((step) -> step != OnboardingStep.REQUESTED)
			.map((step) -> new MunicipalityView.StepView(step, step.label(), record.stateOf(step)))
			.toList();
		return new MunicipalityView(record.code(), record.name(), tenant.map((t) -> t.status().name()).orElse(null),
				tenant.map(Tenant::schemaVersion).orElse(null), record.step(), record.failedStep(), record.failure(),
				record.attempts(), users, steps);
	}

}
