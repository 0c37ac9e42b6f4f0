package nl.lse.admin.audit;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /beheerlog}: the latest administrator actions, and the same as a CSV download
 * (the download itself is recorded too).
 */
@Controller
class AdminLogPages {

	static final int SHOWN = 500;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Europe/Amsterdam"));

	private final AdminLog log;

	AdminLogPages(AdminLog log) {
		this.log = log;
	}

	@GetMapping("/beheerlog")
	String page(Model model) {
		model.addAttribute("entries", this.log.latest(SHOWN));
		model.addAttribute("time", TIME);
		return "adminlog";
	}

	@GetMapping("/beheerlog.csv")
	ResponseEntity<byte[]> csv(Authentication caller) {
		List<AdminLog.Entry> entries = this.log.latest(SHOWN);
		this.log.record(caller.getName(), "ADMIN_LOG_EXPORTED", null, null, AdminLog.Outcome.OK,
				entries.size() + " regels");
		StringBuilder csv = new StringBuilder("tijd;wie;actie;gemeente;betreft;uitkomst;toelichting\n");
		for (AdminLog.Entry entry : entries) {
			csv.append(String.join(";", TIME.format(entry.occurredAt()), cell(entry.actor()), entry.action(),
					cell(entry.tenant()), cell(entry.target()), entry.outcome().name(), cell(entry.detail())))
				.append('\n');
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"beheerlog.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A cell that cannot break the line or start a formula in a spreadsheet. */
	static String cell(@org.jspecify.annotations.Nullable String value) {
		if (value == null) {
			return "";
		}
		String flat = value.replace(';', ',').replace('\n', ' ').replace('\r', ' ');
		return (!flat.isEmpty() && "=+-@\t".indexOf(flat.charAt(0)) >= 0) ? "'" + flat : flat;
	}

}
