package nl.lse.platform.cases;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<Case, UUID> {

	Optional<Case> findByReference(String reference);

	/** The cases an LSE worker is on, filtered in the query. */
	@Query("""
			select c from Case c where exists (select 1 from c.members m
				where m.kind = nl.lse.platform.cases.CaseMember.Kind.LSE_WORKER and m.subject = :subject
				and m.endDate is null)""")
	Page<Case> findAssignedTo(String subject, Pageable pageable);

}
