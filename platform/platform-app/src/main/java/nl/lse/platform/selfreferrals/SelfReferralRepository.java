package nl.lse.platform.selfreferrals;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SelfReferralRepository extends JpaRepository<SelfReferral, UUID> {

	/** What waits for the family or for a worker: open and refused ones, oldest first. */
	@Query("select s from SelfReferral s where s.status <> nl.lse.platform.selfreferrals.SelfReferral.Status.MOVED"
			+ " order by s.receivedOn, s.recordedAt")
	List<SelfReferral> undecidedOrRefused();

	List<SelfReferral> findByStatus(SelfReferral.Status status);

	long countByStatus(SelfReferral.Status status);

}
