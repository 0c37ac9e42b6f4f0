package nl.lse.platform.worklists;

import java.util.UUID;

import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.SubjectInput;
import nl.lse.platform.casework.RuleViolation;
import nl.lse.platform.portal.PortalPage;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The central office's "assign" form posts here, to the municipality's own address, so it
 * passes the tenant gate and the audit trail like any other entry into the municipality.
 */
@Controller
@PortalPage
class WorkAssignmentPageController {

	private final WorkAssignment assignment;

	WorkAssignmentPageController(WorkAssignment assignment) {
		this.assignment = assignment;
	}

	/**
	 * From the central office's queue, or (with {@code back=werk}) from the
	 * municipality's work list, where the coordinator also moves assigned work to another
	 * worker.
	 */
	@PostMapping("/t/{tenant}/werk/{itemId}/toewijzing")
	String assign(@PathVariable String tenant, @PathVariable UUID itemId,
			@RequestParam(defaultValue = "") String lseWorker, @RequestParam(defaultValue = "") String back,
			RedirectAttributes redirect) {
		String page = "werk".equals(back) ? "redirect:/t/" + tenant + "/werk" : "redirect:/central/aanvragen";
		if (!lseWorker.matches("[A-Za-z0-9-]{1,64}")) {
			redirect.addFlashAttribute("error", "central.requests.noWorker");
			return page;
		}
		try {
			this.assignment.assign(itemId, SubjectInput.of("lseWorker", lseWorker), Caller.current());
			redirect.addFlashAttribute("assigned", true);
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("error", "central.requests.notAssigned");
		}
		return page;
	}

}
