package nl.lse.platform.reports;

import java.util.List;

/**
 * A report as CSV for a spreadsheet (semicolons, as Dutch spreadsheets expect): one line
 * per count, hidden counts written as the word for hidden, never as a number.
 */
final class ReportCsv {

	private ReportCsv() {
	}

	static String of(ReportView view, List<ReportView.Section> sections, String hidden) {
		StringBuilder csv = new StringBuilder("rapportage;periode;gebied;maat;rij;kolom;aantal\r\n");
		for (ReportView.Section section : sections) {
			for (ReportView.Row row : section.rows()) {
				if (section.columns().isEmpty()) {
					line(csv, view, section, row, "", row.total(), hidden);
				}
				for (int i = 0; i < section.columns().size(); i++) {
					line(csv, view, section, row, section.columns().get(i), row.cells().get(i), hidden);
				}
			}
			if (section.total() != null) {
				line(csv, view, section, section.total(), "", section.total().total(), hidden);
			}
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, ReportView view, ReportView.Section section, ReportView.Row row,
			String column, Long value, String hidden) {
		csv.append(String.join(";", quote(view.report().job()), quote(view.period().code()), quote(view.scopeName()),
				quote(section.title()), quote(row.label()), quote(column),
				(value != null) ? value.toString() : quote(hidden)))
			.append("\r\n");
	}

	/**
	 * Quoted, and a leading formula character defused (no spreadsheet formula injection).
	 */
	private static String quote(String text) {
		String safe = (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
