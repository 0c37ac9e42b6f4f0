package nl.lse.platform.worklists;

import nl.lse.platform.casework.Caller;
import nl.lse.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Work lists: {@code /api/v1/tenants/{tenant}/work-items}. */
@RestController
class WorkListController {

	private final WorkListService lists;

	WorkListController(WorkListService lists) {
		this.lists = lists;
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
