package nl.lse.platform.web;

import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.staff.LseStaff;
import nl.lse.platform.tenancy.catalog.TenantDirectory;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * What every API slice needs besides its controller's service: the web components the
 * slice loads (the refusal advice records denials, the page frame reads the directory,
 * the staff filter records LSE workers), answering as the real ones would.
 */
public abstract class ApiSliceTest {

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

}
