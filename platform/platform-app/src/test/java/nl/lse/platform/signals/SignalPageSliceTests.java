package nl.lse.platform.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.casework.NotAllowed;
import nl.lse.platform.casework.NotFound;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.casework.StaleVersion;
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
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
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
 * The signal page rendered from its template with the service mocked: the triage form
 * only for the case director while the signal is new, what followed only for the case
 * director, and each refusal as the Dutch page or the form again with the rule.
 */
@PageSlice(SignalPageController.class)
class SignalPageSliceTests extends PageSliceTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	@MockitoBean
	SignalService signals;

	final Signal signal = new Signal(TODAY, "Zoon deelt extremistische filmpjes.", Signal.Source.SCHOOL, List.of(),
			Subject.of("mw-1"), NOW, TODAY);

	final UUID caseId = UUID.randomUUID();

	String address;

	@BeforeEach
	void shown() {
		this.address = "/t/gm0363/signalen/" + this.signal.id();
		given(this.signals.read(eq(this.signal.id()), any())).willReturn(this.signal);
	}

	@Test
	void theCaseDirectorIsOfferedTheTriageOfANewSignal() throws Exception {
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(heading("Signaal"))
				.andExpect(content().string(containsString("Zoon deelt extremistische filmpjes.")))
				.andExpect(content().string(containsString("Beoordeling vastleggen")))
				.andExpect(postsExactlyTo(this.address));
		}
	}

	@Test
	void whoeverRegisteredItSeesItWithoutTheTriage() throws Exception {
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Zoon deelt extremistische filmpjes.")))
				.andExpect(content().string(not(containsString("Beoordeling vastleggen"))))
				.andExpect(postsExactlyTo());
		}
	}

	@Test
	void aTriagedSignalShowsTheCaseToTheCaseDirectorOnly() throws Exception {
		this.signal.followUp(this.caseId, null, UUID.randomUUID(), "Zorgen bevestigd door school", Subject.of("cd-1"),
				NOW);
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/t/gm0363/casussen/" + this.caseId)))
				.andExpect(content().string(containsString("Zorgen bevestigd door school")))
				.andExpect(postsExactlyTo());
		}
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc.perform(get(this.address))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(this.caseId.toString()))))
				.andExpect(content().string(not(containsString("Zorgen bevestigd door school"))));
		}
	}

	@Test
	void someoneElsesSignalIsTheDutchNotFoundPage() throws Exception {
		UUID other = UUID.randomUUID();
		AuditEvent denial = AuditEvent.denied(AuditObject.SIGNAL, other);
		given(this.signals.read(eq(other), any())).willThrow(new NotFound(denial));
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-2", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc.perform(get("/t/gm0363/signalen/{id}", other))
				.andExpect(status().isNotFound())
				.andExpect(errorPage("Niet gevonden"));
		}
		verify(this.denials).record(denial);
	}

	@Test
	void aSignalWhoseDenialCannotBeRecordedIsTheUnavailablePage() throws Exception {
		UUID other = UUID.randomUUID();
		given(this.signals.read(eq(other), any()))
			.willThrow(new NotFound(AuditEvent.denied(AuditObject.SIGNAL, other)));
		given(this.denials.record(any())).willReturn(false);
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-2", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc.perform(get("/t/gm0363/signalen/{id}", other))
				.andExpect(status().isServiceUnavailable())
				.andExpect(errorPage("Tijdelijk niet beschikbaar"));
		}
	}

	@Test
	void aTriageIntoACaseGoesToTheCase() throws Exception {
		Signal triaged = new Signal(TODAY, "Zorgen", Signal.Source.SCHOOL, List.of(), Subject.of("mw-1"), NOW, TODAY);
		triaged.followUp(this.caseId, null, UUID.randomUUID(), null, Subject.of("cd-1"), NOW);
		given(this.signals.triage(eq(this.signal.id()), eq(0L), any(), any())).willReturn(triaged);
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc
				.perform(post(this.address).param("decision", "TRAJECTORY")
					.param("trajectoryKind", "FAMILY_SUPPORT")
					.param("severity", "2")
					.param("supportLevel", "LIGHT")
					.param("version", "0"))
				.andExpect(redirectedUrl("/t/gm0363/casussen/" + this.caseId))
				.andExpect(flash().attribute("saved", "signal.triaged"));
		}
	}

	@Test
	void aTriageByAnotherThanTheCaseDirectorIsTheDutchNotAllowedPage() throws Exception {
		AuditEvent refusal = AuditEvent.refused(AuditObject.SIGNAL, this.signal.id(), null);
		given(this.signals.triage(eq(this.signal.id()), anyLong(), any(), any()))
			.willThrow(new NotAllowed("Alleen de casusregiehouder mag dit doen.", refusal));
		try (SliceCaller staff = SliceCaller.in("gm0363", "mw-1", LseRole.MUNICIPALITY_STAFF)) {
			this.mvc
				.perform(post(this.address).param("decision", "NO_ACTION")
					.param("reason", "Geen zorgen")
					.param("version", "0"))
				.andExpect(status().isForbidden())
				.andExpect(errorPage("Niet toegestaan"));
		}
		verify(this.denials).record(refusal);
	}

	@Test
	void aDismissalWithoutAReasonComesBackWithTheRuleNextToTheReason() throws Exception {
		given(this.signals.triage(eq(this.signal.id()), anyLong(), any(), any()))
			.willThrow(new RuleViolation("reason", "Geef een reden op waarom het signaal geen vervolg krijgt."));
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(post(this.address).param("decision", "NO_ACTION").param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"reason-fout\"")))
				.andExpect(
						content().string(containsString("Geef een reden op waarom het signaal geen vervolg krijgt.")))
				.andExpect(postsExactlyTo(this.address));
		}
	}

	@Test
	void aTriageOfAnOldVersionComesBackWithTheCurrentVersionAndWhatWasTyped() throws Exception {
		given(this.signals.triage(eq(this.signal.id()), anyLong(), any(), any())).willThrow(new StaleVersion());
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc
				.perform(post(this.address).param("decision", "NO_ACTION")
					.param("reason", "Al bekend bij het sociaal team")
					.param("version", "7"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd.")))
				.andExpect(content().string(containsString(">Al bekend bij het sociaal team</textarea>")))
				.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		}
	}

	@Test
	void aTriageWithoutADecisionNeverReachesTheService() throws Exception {
		try (SliceCaller director = SliceCaller.in("gm0363", "cd-1", LseRole.CASE_DIRECTOR)) {
			this.mvc.perform(post(this.address).param("reason", "Geen zorgen").param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"decision-fout\"")));
		}
		verify(this.signals, never()).triage(any(), anyLong(), any(), any());
	}

	@Test
	void aNewSignalGoesToItsPage() throws Exception {
		given(this.signals.register(eq(TODAY), eq("Zorgen over een leerling"), eq(Signal.Source.SCHOOL), anyList(),
				any()))
			.willReturn(this.signal);
		try (SliceCaller partner = SliceCaller.in("gm0363", "jz-1", LseRole.CHAIN_PARTNER)) {
			this.mvc
				.perform(post("/t/gm0363/signalen/nieuw").param("receivedOn", "2026-11-29")
					.param("description", " Zorgen over een leerling ")
					.param("source", "SCHOOL"))
				.andExpect(redirectedUrl(this.address))
				.andExpect(flash().attribute("saved", "signal.registered"));
		}
	}

}
