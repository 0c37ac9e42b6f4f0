package nl.lse.platform.worklists;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.SubjectInput;
import nl.lse.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Work lists: {@code /api/v1/tenants/{tenant}/work-items}. */
@RestController
class WorkListController {

	private final WorkListService lists;

	private final WorkAssignment assignment;

	WorkListController(WorkListService lists, WorkAssignment assignment) {
		this.lists = lists;
		this.assignment = assignment;
	}

	/** The coordinator (or the case director) hands an item to an LSE worker. */
	@PostMapping("/api/v1/tenants/{tenant}/work-items/{itemId}/assignment")
	ResponseEntity<Void> assign(@PathVariable UUID itemId, @Valid @RequestBody ItemAssignment request) {
		this.assignment.assign(itemId, SubjectInput.of("lseWorker", request.lseWorker()), Caller.current());
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param lseWorker Keycloak subject of the LSE worker
	 */
	record ItemAssignment(@NotNull @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String lseWorker) {
	}

	@GetMapping("/api/v1/tenants/{tenant}/work-items")
	PageView<WorkItem> list(@RequestParam(defaultValue = "ALL") WorkListQuery.WorkList list,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Z_]{1,40}") String service,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Z_]{1,40}") String phase,
			@RequestParam(required = false) @Nullable @Min(1) @Max(4) Integer severity,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "false") boolean waitingForHandover,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Za-z0-9-]{1,20}") String reference,
			@RequestParam(defaultValue = "REFERENCE") WorkListQuery.Sort sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.lists.list(new WorkListQuery(list, service, phase, severity, overdue, waitingForHandover, reference,
				sort, PageView.page(page), PageView.size(size)), Caller.current());
	}

}
