package nl.lse.platform.consultations;

import java.time.Instant;
import java.util.UUID;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.web.PageSlice;
import nl.lse.platform.web.PageSliceTest;
import nl.lse.platform.web.SliceCaller;
import nl.lse.platform.identity.Subject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The consultation page rendered from its template with the service mocked: the buttons
 * and the advice form are exactly the steps the consultation allows the caller, a
 * consultation the caller may not know of is the Dutch not-found page, and a refused step
 * is the not-allowed page or the form again with the rule next to its field.
 */
@PageSlice(ConsultationPageController.class)
class ConsultationPageSliceTests extends PageSliceTest {

	static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	@MockitoBean
	ConsultationService consultations;

	final Consultation general = new Consultation(null, "Welke signalen passen bij online radicalisering?",
			Subject.of("mw-1"), NOW);

	String address;

	@BeforeEach
	void shown() {
		this.address = "/t/gm0363/consultaties/" + this.general.id();
		given(this.consultations.read(eq(this.general.id()), any())).willReturn(this.general);
		given(this.consultations.showsCase(any(), any())).willReturn(true);
	}

	@Test
	void anLseWorkerIsOfferedToTakeAnUntakenGeneralQuestionOnly() throws Exception {
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(heading("Consultatie"))
				.andExpect(content().string(containsString("Welke signalen passen bij online radicalisering?")))
				.andExpect(content().string(containsString(">Oppakken</button>")))
				.andExpect(postsExactlyTo(this.address + "/stap"));
		}
	}

	@Test
	void theWorkerWhoTookItIsOfferedTheAdviceFormOnly() throws Exception {
		this.general.take(Subject.of("lse-1"), NOW);
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Advies vastleggen")))
				.andExpect(content().string(not(containsString(">Oppakken</button>"))))
				.andExpect(postsExactlyTo(this.address + "/advies"));
		}
	}

	@Test
	void whoeverAskedIsOfferedToCloseOnceAdvisedAndSeesTheAdvice() throws Exception {
		this.general.take(Subject.of("lse-1"), NOW);
		this.general.advise(Subject.of("lse-1"), "Bespreek het in het casusoverleg.", NOW);
		try (SliceCaller asker = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Bespreek het in het casusoverleg.")))
				.andExpect(content().string(containsString(">Afsluiten</button>")))
				.andExpect(postsExactlyTo(this.address + "/stap"));
		}
	}

	@Test
	void anotherWorkerIsOfferedNothingOnATakenQuestion() throws Exception {
		this.general.take(Subject.of("lse-1"), NOW);
		try (SliceCaller other = SliceCaller.lseWorker("gm0363", "lse-2")) {
			this.mvc.perform(get(this.address)).andExpect(status().isOk()).andExpect(postsExactlyTo());
		}
	}

	@Test
	void aConsultationTheCallerMayNotKnowOfIsTheDutchNotFoundPage() throws Exception {
		UUID other = UUID.randomUUID();
		AuditEvent denial = AuditEvent.denied(AuditObject.CONSULTATION, other);
		given(this.consultations.read(eq(other), any())).willThrow(new NotFound(denial));
		try (SliceCaller partner = SliceCaller.in("gm0363", "jz-1", LseRole.CHAIN_PARTNER)) {
			this.mvc.perform(get("/t/gm0363/consultaties/{id}", other))
				.andExpect(status().isNotFound())
				.andExpect(errorPage("Niet gevonden"));
		}
		verify(this.denials).record(denial);
	}

	@Test
	void aMalformedIdIsTheSameNotFoundPage() throws Exception {
		try (SliceCaller asker = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc.perform(get("/t/gm0363/consultaties/niet-een-id"))
				.andExpect(status().isNotFound())
				.andExpect(errorPage("Niet gevonden"));
		}
	}

	@Test
	void takingUpGoesBackToThePageWithItsConfirmation() throws Exception {
		given(this.consultations.take(eq(this.general.id()), eq(0L), any())).willReturn(this.general);
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(post(this.address + "/stap").param("step", "take").param("version", "0"))
				.andExpect(redirectedUrl(this.address))
				.andExpect(flash().attribute("saved", "consultation.saved"));
		}
		verify(this.consultations).take(eq(this.general.id()), eq(0L), any());
	}

	@Test
	void aStepThePageDoesNotOfferClosesNothing() throws Exception {
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(post(this.address + "/stap").param("step", "clsoe").param("version", "2"))
				.andExpect(status().isBadRequest());
		}
		verify(this.consultations, never()).close(any(), anyLong(), any());
		verify(this.consultations, never()).take(any(), anyLong(), any());
	}

	@Test
	void aRefusedStepIsTheDutchNotAllowedPage() throws Exception {
		AuditEvent refusal = AuditEvent.refused(AuditObject.CONSULTATION, this.general.id(), null);
		given(this.consultations.close(eq(this.general.id()), anyLong(), any()))
			.willThrow(new NotAllowed("De casusregiehouder of de aanvrager sluit de consultatie.", refusal));
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(post(this.address + "/stap").param("step", "close").param("version", "2"))
				.andExpect(status().isForbidden())
				.andExpect(errorPage("Niet toegestaan"));
		}
		verify(this.denials).record(refusal);
	}

	@Test
	void adviceARuleRefusesComesBackWithTheRuleNextToTheField() throws Exception {
		this.general.take(Subject.of("lse-1"), NOW);
		given(this.consultations.advise(eq(this.general.id()), anyLong(), anyString(), any()))
			.willThrow(new RuleViolation("advice", "Het advies is leeg."));
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(post(this.address + "/advies").param("advice", "Mijn advies").param("version", "1"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"advice-fout\"")))
				.andExpect(content().string(containsString("Het advies is leeg.")))
				.andExpect(content().string(containsString(">Mijn advies</textarea>")));
		}
	}

	@Test
	void emptyAdviceNeverReachesTheService() throws Exception {
		this.general.take(Subject.of("lse-1"), NOW);
		try (SliceCaller worker = SliceCaller.lseWorker("gm0363", "lse-1")) {
			this.mvc.perform(post(this.address + "/advies").param("advice", " ").param("version", "1"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"advice-fout\"")));
		}
		verify(this.consultations, never()).advise(any(), anyLong(), anyString(), any());
	}

}
