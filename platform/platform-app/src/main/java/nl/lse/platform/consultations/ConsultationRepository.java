package nl.lse.platform.consultations;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultationRepository extends JpaRepository<Consultation, UUID> {

	Page<Consultation> findByRequestedBy(String subject, Pageable pageable);

	/** An LSE worker's own consultations and the requests nobody has taken yet. */
	@Query("select c from Consultation c where c.lseWorker = :subject"
			+ " or c.status = nl.lse.platform.consultations.Consultation.Status.REQUESTED")
	Page<Consultation> findForLseWorker(String subject, Pageable pageable);

	long countByCaseIdAndStatusNot(UUID caseId, Consultation.Status status);

	long countByCaseIdAndLseWorkerAndStatusNot(UUID caseId, String lseWorker, Consultation.Status status);

}
