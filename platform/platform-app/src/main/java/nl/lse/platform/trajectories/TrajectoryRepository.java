package nl.lse.platform.trajectories;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrajectoryRepository extends JpaRepository<Trajectory, UUID> {

	Page<Trajectory> findByCaseId(UUID caseId, Pageable pageable);

	/** An LSE worker's trajectories, while they are on the case team. */
	@Query("""
			select t from Trajectory t where t.lseWorker = :lseWorker and exists (select 1 from Case c join c.members m
				where c.id = t.caseId and m.kind = nl.lse.platform.cases.CaseMember.Kind.LSE_WORKER
				and m.subject = :lseWorker and m.endDate is null)""")
	Page<Trajectory> findByLseWorker(String lseWorker, Pageable pageable);

	long countByCaseIdAndPhaseNot(UUID caseId, Phase phase);

	boolean existsByCaseIdAndLseWorkerAndPhaseNotAndIdNot(UUID caseId, String lseWorker, Phase phase, UUID id);

}
