package nl.lse.platform.signals;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignalRepository extends JpaRepository<Signal, UUID> {

	Page<Signal> findByRegisteredByAndStatus(String subject, Signal.Status status, Pageable pageable);

	Page<Signal> findByStatus(Signal.Status status, Pageable pageable);

}
