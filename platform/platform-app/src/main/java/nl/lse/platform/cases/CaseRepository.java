package nl.lse.platform.cases;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<Case, UUID> {

	/**
	 * The case, locked until the transaction ends: closing it waits for a racing closer.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Case c where c.id = :id")
	Optional<Case> lockById(UUID id);

	/**
	 * Whether the caller may know of the case (at least its metadata): the rule of
	 * {@link CasePolicy#sight} as one query, whose work does not depend on whether the
	 * case exists, so a hidden case and an unknown id take the same path and time.
	 */
	@Query("""
			select count(c) > 0 from Case c where c.id = :id and (:all = true
				or (:coordinator = true and c.lseWork = true)
				or exists (select 1 from c.members m where m.endDate is null and (
				(:lseWorker = true and m.kind in (nl.lse.platform.cases.CaseMember.Kind.LSE_WORKER,
					nl.lse.platform.cases.CaseMember.Kind.ADVISER) and m.subject = :subject)
				or (:staff = true and m.kind = nl.lse.platform.cases.CaseMember.Kind.MUNICIPALITY_STAFF
					and m.subject = :subject)
				or (m.kind = nl.lse.platform.cases.CaseMember.Kind.CHAIN_PARTNER
					and m.partnerOrganisationId = :organisation))))""")
	boolean knowable(UUID id, boolean all, boolean coordinator, boolean lseWorker, boolean staff, UUID organisation,
			String subject);

	/**
	 * The cases a caller may know of (see {@link CasePolicy}), filtered in the query so
	 * that the total counts only those.
	 */
	@Query("""
			select c from Case c where :all = true or (:coordinator = true and c.lseWork = true)
				or exists (select 1 from c.members m where m.endDate is null and (
				(:lseWorker = true and m.kind = nl.lse.platform.cases.CaseMember.Kind.LSE_WORKER and m.subject = :subject)
				or (:staff = true and m.kind = nl.lse.platform.cases.CaseMember.Kind.MUNICIPALITY_STAFF
					and m.subject = :subject)
				or (m.kind = nl.lse.platform.cases.CaseMember.Kind.CHAIN_PARTNER
					and m.partnerOrganisationId = :organisation)))""")
	Page<Case> findVisible(boolean all, boolean coordinator, boolean lseWorker, boolean staff, UUID organisation,
			String subject, Pageable pageable);

}
