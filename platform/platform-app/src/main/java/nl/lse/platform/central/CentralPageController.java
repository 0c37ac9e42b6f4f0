package nl.lse.platform.central;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.portal.PortalPage;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The central office pages for LSE coordinators and LSE workers. Links and forms that act
 * in a municipality go to its own address ({@code /t/{tenant}/...}), through the tenant
 * gate and the audit trail.
 */
@Controller
@PortalPage
class CentralPageController {

	private final CentralOffice office;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CentralPageController(CentralOffice office, JdbcTemplate jdbc, Clock clock) {
		this.office = office;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/central")
	String overview(Authentication authentication, Model model) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		model.addAttribute("caller", caller);
		model.addAttribute("municipalities", this.office.municipalities(caller));
		model.addAttribute("coordinator", caller.has(LseRole.LSE_COORDINATOR));
		model.addAttribute("assignments", this.jdbc.queryForList("""
				select tenant_code, reference, phase, next_due_on, overdue_contacts from platform.assignment
				where lse_worker = ? order by next_due_on nulls last, tenant_code, reference limit 200""",
				caller.subject()));
		return "central/overview";
	}

	@GetMapping("/central/aanvragen")
	String requests(Authentication authentication, Model model) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		model.addAttribute("requests", this.office.unassigned(caller));
		model.addAttribute("workers", this.office.workers(caller));
		return "central/requests";
	}

	@GetMapping("/central/bijeenkomsten")
	String meetings(Authentication authentication, Model model) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		model.addAttribute("meetings", this.office.meetings(caller));
		if (!model.containsAttribute("meeting")) {
			model.addAttribute("meeting", new MeetingForm(LocalDate.now(this.clock), "", "", null));
		}
		return "central/meetings";
	}

	@PostMapping("/central/bijeenkomsten")
	String recordMeeting(Authentication authentication, @Valid @ModelAttribute("meeting") MeetingForm meeting,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		LseAuthentication caller = LseAuthentication.of(authentication).orElseThrow();
		if (errors.hasErrors()) {
			model.addAttribute("meetings", this.office.meetings(caller));
			return "central/meetings";
		}
		this.office.recordMeeting(meeting.heldOn(), meeting.region(), meeting.facilitator(), meeting.participants(),
				caller);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/central/bijeenkomsten";
	}

	/** The meeting form; what was typed comes back on an error. */
	record MeetingForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			@NotBlank @Size(max = 100) String region, @NotBlank @Size(max = 200) String facilitator,
			@NotNull @Min(0) @Max(500) @Nullable Integer participants) {
	}

}
