package nl.lse.platform.web;

import java.util.function.Supplier;

import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.staff.LseStaff;
import nl.lse.platform.tenancy.catalog.TenantDirectory;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * What every web slice needs besides its controller's service: the web components the
 * slice loads (the refusal advices record denials, the page frame reads the directory and
 * the affiliations, the staff filter records LSE workers, API creates go through
 * idempotency), answering as the real ones would.
 */
public abstract class SliceTest {

	@Autowired
	protected MockMvc mvc;

	@MockitoBean
	protected Idempotency idempotency;

	@MockitoBean
	protected PartnerAffiliations affiliations;

	@MockitoBean
	protected Denials denials;

	@MockitoBean
	protected TenantDirectory directory;

	@MockitoBean
	protected LseStaff staff;

	@BeforeEach
	void denialsAreRecorded() {
		given(this.denials.record(any())).willReturn(true);
	}

	/** A create without an {@code Idempotency-Key} simply runs, as it does for real. */
	@BeforeEach
	void createsRunOnce() {
		given(this.idempotency.create(any(), any(), any(), any())).willAnswer((call) -> {
			Supplier<Idempotency.Created<?>> work = call.getArgument(3);
			Idempotency.Created<?> created = work.get();
			return ResponseEntity.created(created.location()).body(created.body());
		});
	}

}
