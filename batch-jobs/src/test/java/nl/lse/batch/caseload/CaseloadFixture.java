package nl.lse.batch.caseload;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes cases, trajectories (with the days each phase began), consultations and
 * aftercare contacts straight into a tenant's schema on fixed days, as its owner: the
 * report's known datasets. Every date is given; nothing depends on today.
 */
public final class CaseloadFixture {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcTemplate jdbc;

	private final String code;

	private int references;

	public CaseloadFixture(TenantId tenant) {
		this.jdbc = TestDatabase.get().asTenantOwner(tenant);
		this.code = tenant.code();
	}

	/** Empties the tenant's case work (the fixture starts from nothing). */
	public CaseloadFixture clear() {
		this.jdbc.update("update trajectory set aftercare_id = null, handover_id = null");
		for (String table : new String[] { "aftercare_contact", "action_plan_action", "action_plan_goal",
				"action_plan_evaluation", "action_plan", "consent", "help_question", "contact", "case_member",
				"trajectory", "aftercare", "handover", "consultation", "person", "signal", "case_file" }) {
			this.jdbc.update("delete from " + table);
		}
		return this;
	}

	public UUID caseFile(String opened, @Nullable String closed, int severity, String supportLevel) {
		UUID id = UUID.randomUUID();
		this.references++;
		this.jdbc.update("""
				insert into case_file (id, reference, severity, support_level, status, opened_on, opened_by, closed_on)
				values (?, ?, ?, ?, ?, ?, 'fixture', ?)""", id,
				this.code.toUpperCase() + "-2026-" + String.format("%04d", this.references), severity, supportLevel,
				(closed != null) ? "CLOSED" : "OPEN", day(opened), day(closed));
		return id;
	}

	/** A trajectory and the days its phases began (null: not reached). */
	public Trajectory trajectory(UUID caseId, String kind, String referred) {
		return new Trajectory(caseId, kind, referred);
	}

	public void consultation(UUID caseId, String requested, @Nullable String taken, @Nullable String advised,
			@Nullable String closed, @Nullable String worker) {
		String status = (closed != null) ? "CLOSED"
				: (advised != null) ? "ADVISED" : (taken != null) ? "IN_PROGRESS" : "REQUESTED";
		this.jdbc.update("""
				insert into consultation (id, case_id, question, status, requested_by, requested_at, lse_worker,
					taken_at, advised_at, closed_at, visibility)
				values (?, ?, 'Vraag (fixture)', ?, 'fixture', ?, ?, ?, ?, ?, 'MUNICIPALITY_AND_LSE')""",
				UUID.randomUUID(), caseId, status, noon(requested), worker, noon(taken), noon(advised), noon(closed));
	}

	/** The stored figures of a run's scope, as {@code measure|key1|key2=value}. */
	public static List<String> figures(long run, String scope) {
		return TestDatabase.get()
			.superuser()
			.query("select measure, key1, key2, value from platform.report_figure where run_id = ? and scope = ?",
					(rs, i) -> rs.getString("measure") + "|" + rs.getString("key1") + "|" + rs.getString("key2") + "="
							+ rs.getLong("value"),
					run, scope);
	}

	private static java.sql.@Nullable Date day(@Nullable String day) {
		return (day != null) ? java.sql.Date.valueOf(LocalDate.parse(day)) : null;
	}

	private static @Nullable Timestamp noon(@Nullable String day) {
		return (day != null) ? Timestamp.from(LocalDate.parse(day).atTime(12, 0).atZone(AMSTERDAM).toInstant()) : null;
	}

	/** Builds one trajectory; {@link #save} writes it. */
	public final class Trajectory {

		private final UUID caseId;

		private final String kind;

		private final String referred;

		private @Nullable String intake;

		private @Nullable String planning;

		private @Nullable String agreed;

		private @Nullable String aftercare;

		private @Nullable String handover;

		private String receiverKind = "MUNICIPALITY";

		private @Nullable UUID partner;

		private @Nullable String accepted;

		private @Nullable String closed;

		private @Nullable String closureReason;

		private @Nullable String worker;

		private final java.util.List<String[]> contacts = new java.util.ArrayList<>();

		Trajectory(UUID caseId, String kind, String referred) {
			this.caseId = caseId;
			this.kind = kind;
			this.referred = referred;
		}

		public Trajectory intake(String day) {
			this.intake = day;
			return this;
		}

		public Trajectory planning(String day) {
			this.planning = day;
			return this;
		}

		public Trajectory agreed(String day) {
			this.agreed = day;
			return this;
		}

		public Trajectory aftercare(String day) {
			this.aftercare = day;
			return this;
		}

		public Trajectory handover(String day, String receiverKind) {
			this.handover = day;
			this.receiverKind = receiverKind;
			return this;
		}

		/**
		 * The local partner organisation that receives it
		 * ({@code platform.partner_organisation}).
		 */
		public Trajectory partner(UUID organisation) {
			this.partner = organisation;
			return this;
		}

		public Trajectory accepted(String day) {
			this.accepted = day;
			return this;
		}

		public Trajectory closed(String day, String reason) {
			this.closed = day;
			this.closureReason = reason;
			return this;
		}

		public Trajectory worker(String subject) {
			this.worker = subject;
			return this;
		}

		public Trajectory aftercareContact(String due, @Nullable String done) {
			this.contacts.add(new String[] { due, done });
			return this;
		}

		public UUID save() {
			UUID id = UUID.randomUUID();
			UUID aftercareId = null;
			if (this.aftercare != null) {
				aftercareId = UUID.randomUUID();
				CaseloadFixture.this.jdbc.update(
						"""
								insert into aftercare (id, contact_kind, starts_on, ends_on, frequency_days, default_frequency_days,
									agreed_by) values (?, 'HOME_VISIT', ?, ?, 14, 14, 'fixture')""",
						aftercareId, day(this.aftercare),
						day(LocalDate.parse(this.aftercare).plusMonths(6).toString()));
				for (String[] contact : this.contacts) {
					CaseloadFixture.this.jdbc.update(
							"insert into aftercare_contact (id, aftercare_id, due_on, done_on) values (?, ?, ?, ?)",
							UUID.randomUUID(), aftercareId, day(contact[0]), day(contact[1]));
				}
			}
			UUID handoverId = null;
			if (this.handover != null) {
				handoverId = UUID.randomUUID();
				CaseloadFixture.this.jdbc.update(
						"""
								insert into handover (id, receiver_kind, receiver, partner_organisation_id, started_on, started_by,
									accepted_on, accepted_by)
								values (?, ?, 'Ontvanger (fixture)', ?, ?, 'fixture', ?, ?)""",
						handoverId, this.receiverKind, this.partner, day(this.handover), day(this.accepted),
						(this.accepted != null) ? "fixture" : null);
			}
			CaseloadFixture.this.jdbc.update(
					"""
							insert into trajectory (id, case_id, kind, phase, self_referral, referred_on, commissioned_by,
								commissioned_on, lse_worker, intake_started_on, closure_reason, closed_on, aftercare_id, handover_id,
								closure_note)
							values (?, ?, ?, ?, false, ?, 'fixture', ?, ?, ?, ?, ?, ?, ?, ?)""",
					id, this.caseId, this.kind, phase(), day(this.referred), day(this.referred), this.worker,
					day(this.intake), this.closureReason, day(this.closed), aftercareId, handoverId,
					(this.closureReason != null && !"HANDED_OVER".equals(this.closureReason)) ? "fixture" : null);
			if (this.planning != null) {
				CaseloadFixture.this.jdbc.update(
						"""
								insert into action_plan (id, trajectory_id, number, drafted_by, drafted_at, agreed_on, agreed_with,
									visibility) values (?, ?, 1, 'fixture', ?, ?, ?, 'MUNICIPALITY_AND_LSE')""",
						UUID.randomUUID(), id, noon(this.planning), day(this.agreed),
						(this.agreed != null) ? "de familie" : null);
			}
			return id;
		}

		/** The phase the platform would store today (the report derives its own). */
		private String phase() {
			if (this.closed != null) {
				return "CLOSED";
			}
			if (this.handover != null) {
				return "HANDOVER";
			}
			if (this.aftercare != null) {
				return "AFTERCARE";
			}
			if (this.agreed != null) {
				return "SUPPORT";
			}
			if (this.planning != null) {
				return "PLANNING";
			}
			return (this.intake != null) ? "INTAKE" : "REFERRED";
		}

	}

}
