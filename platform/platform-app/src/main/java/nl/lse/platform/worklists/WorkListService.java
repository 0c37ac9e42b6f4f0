package nl.lse.platform.worklists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.cases.CasePolicy;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.web.PageView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work lists, with need-to-know in the query itself (the rules of
 * {@link CasePolicy}): the case director and the coordinator every item; staff, chain
 * partners and LSE workers the items of cases they are on; an LSE worker also the
 * consultation requests nobody has taken, without their case. Every list records the
 * cases it showed.
 */
@Service
class WorkListService {

	private static final UUID NO_ORGANISATION = new UUID(0, 0);

	private static final String ITEMS = """
			select * from visible_work_items(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) w
			order by case when ? = 'SEVERITY' then w.severity end desc nulls last,
				case when ? = 'DUE' then w.next_due_on end asc nulls last,
				case when ? = 'SINCE' then w.since end desc nulls last,
				w.reference nulls last, w.item_id
			limit ? offset ?""";

	private static final String COUNT = "select count(*) from visible_work_items(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final CasePolicy policy;

	private final AuditTrail audit;

	WorkListService(JdbcTemplate jdbc, CasePolicy policy, AuditTrail audit) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.audit = audit;
	}

	@Transactional
	PageView<WorkItem> list(WorkListQuery query, Caller caller) {
		Object[] filter = filter(query, caller);
		List<WorkItem> items = this.jdbc.query(ITEMS, (rs, row) -> item(rs), concat(filter, query.sort().name(),
				query.sort().name(), query.sort().name(), query.size(), (long) query.page() * query.size()));
		Long total = this.jdbc.queryForObject(COUNT, Long.class, filter);
		this.audit.record(AuditEvent.search(AuditObject.WORK_ITEM,
				items.stream().map(WorkItem::caseId).filter(Objects::nonNull).distinct().toList()));
		return new PageView<>(items, query.page(), query.size(), (total != null) ? total : 0);
	}

	/** A handover not yet accepted: its case and the day it began. */
	record WaitingHandover(UUID caseId, String reference, LocalDate since) {
	}

	/**
	 * For LSE's coordinator: the handovers begun on or before {@code startedBy} and not
	 * accepted (the ten longest waiting), as case metadata; recorded as a search.
	 */
	@Transactional
	List<WaitingHandover> handoversWaiting(LocalDate startedBy, Caller caller) {
		if (!caller.isLseCoordinator()) {
			return List.of();
		}
		List<WaitingHandover> waiting = this.jdbc.query("""
				select t.case_id, c.reference, h.started_on from trajectory t
				join handover h on h.id = t.handover_id join case_file c on c.id = t.case_id
				where h.accepted_on is null and h.started_on <= ? and t.closed_on is null
				order by h.started_on, c.reference limit 10""",
				(rs, row) -> new WaitingHandover(rs.getObject("case_id", UUID.class), rs.getString("reference"),
						rs.getDate("started_on").toLocalDate()),
				java.sql.Date.valueOf(startedBy));
		this.audit.record(AuditEvent.search(AuditObject.WORK_ITEM,
				waiting.stream().map(WaitingHandover::caseId).distinct().toList()));
		return waiting;
	}

	private Object[] filter(WorkListQuery query, Caller caller) {
		boolean all = caller.isCaseDirector() || caller.isLseCoordinator();
		UUID organisation = caller.isChainPartner() ? this.policy.partnerOrganisation(caller) : null;
		String reference = (query.reference() != null) ? query.reference().toUpperCase(java.util.Locale.ROOT) : null;
		return new Object[] { all, caller.isLseWorker(), caller.isMunicipalityStaff(), caller.subject().value(),
				(organisation != null) ? organisation : NO_ORGANISATION, query.list().name(), query.service(),
				query.phase(), query.severity(), query.overdue(), query.waitingForHandover(),
				(reference != null) ? escape(reference) + "%" : null };
	}

	/**
	 * A queue row of a case the caller is not on comes without its case (blanked in SQL).
	 */
	private static WorkItem item(ResultSet rs) throws SQLException {
		return new WorkItem(rs.getObject("item_id", UUID.class), rs.getString("item_kind"), rs.getString("service"),
				rs.getString("phase"), rs.getObject("case_id", UUID.class), rs.getString("reference"),
				(Integer) rs.getObject("severity"), rs.getString("support_level"), rs.getString("lse_worker"),
				rs.getInt("overdue_contacts"),
				(rs.getDate("next_due_on") != null) ? rs.getDate("next_due_on").toLocalDate() : null,
				(rs.getDate("since") != null) ? rs.getDate("since").toLocalDate() : null,
				(rs.getDate("support_ends_on") != null) ? rs.getDate("support_ends_on").toLocalDate() : null,
				rs.getBoolean("support_overdue"));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Object[] concat(Object[] first, Object... more) {
		Object[] all = new Object[first.length + more.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
