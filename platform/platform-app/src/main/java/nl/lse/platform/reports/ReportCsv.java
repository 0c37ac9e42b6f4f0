package nl.lse.platform.reports;

import java.util.List;

/**
 * A report as CSV for a spreadsheet (semicolons, as Dutch spreadsheets expect): one line
 * per count, row totals and the total row included, hidden counts written as the word for
 * hidden, never as a number.
 */
final class ReportCsv {

	private ReportCsv() {
	}

	static String of(ReportView view, List<ReportView.Section> sections, String hidden, String total) {
		StringBuilder csv = new StringBuilder("rapportage;periode;gebied;maat;rij;kolom;aantal\r\n");
		for (ReportView.Section section : sections) {
			List<ReportView.Row> rows = new java.util.ArrayList<>(section.rows());
			if (section.total() != null) {
				rows.add(section.total());
			}
			for (ReportView.Row row : rows) {
				for (int i = 0; i < section.columns().size(); i++) {
					line(csv, view, section, row, section.columns().get(i), row.cells().get(i), hidden);
				}
				line(csv, view, section, row, section.columns().isEmpty() ? "" : total, row.total(), hidden);
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
		String safe = (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
