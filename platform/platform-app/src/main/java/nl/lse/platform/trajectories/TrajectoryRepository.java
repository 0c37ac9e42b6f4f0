package nl.lse.platform.trajectories;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrajectoryRepository extends JpaRepository<Trajectory, UUID> {

	Page<Trajectory> findByCaseId(UUID caseId, Pageable pageable);

	Page<Trajectory> findByLseWorker(String lseWorker, Pageable pageable);

	long countByCaseIdAndPhaseNot(UUID caseId, Phase phase);

	boolean existsByCaseIdAndLseWorkerAndPhaseNotAndIdNot(UUID caseId, String lseWorker, Phase phase, UUID id);

}
