package nl.lse.platform.reports;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Charts as inline SVG, drawn on the server (no script, the same in the page and the
 * PDF): horizontal bars for a table's rows and a line for a trend. Each has a title and a
 * description for screen readers, and the table beside it holds the same numbers. A
 * hidden (suppressed) count draws no bar or point and says so.
 */
final class Charts {

	private static final int WIDTH = 560;

	private static final int LABEL = 200;

	private static final int BAR = 22;

	private Charts() {
	}

	/** One bar or point: its label and its count, {@code null} when hidden. */
	record Value(String label, @Nullable Long count) {
	}

	static String bars(String id, String title, String hiddenText, List<Value> values) {
		long max = Math.max(1,
				values.stream().filter((v) -> v.count() != null).mapToLong(Value::count).max().orElse(1));
		int height = values.size() * (BAR + 8) + 10;
		StringBuilder svg = open(id, title, describe(values, hiddenText), WIDTH, height);
		int y = 5;
		for (Value value : values) {
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"lse-chart__label\">%s</text>", LABEL - 8,
					y + 16, escape(value.label())));
			if (value.count() != null) {
				int width = (int) Math.round((WIDTH - LABEL - 60) * (double) value.count() / max);
				svg.append(String.format(Locale.ROOT,
						"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#154273\"/>", LABEL, y,
						Math.max(width, 1), BAR));
				svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"lse-chart__value\">%d</text>",
						LABEL + Math.max(width, 1) + 6, y + 16, value.count()));
			}
			else {
				svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"lse-chart__value\">%s</text>",
						LABEL, y + 16, escape(hiddenText)));
			}
			y += BAR + 8;
		}
		return svg.append("</svg>").toString();
	}

	static String line(String id, String title, String hiddenText, List<Value> values) {
		long max = Math.max(1,
				values.stream().filter((v) -> v.count() != null).mapToLong(Value::count).max().orElse(1));
		int height = 180;
		int left = 40;
		int bottom = height - 40;
		int step = (values.size() > 1) ? (WIDTH - left - 40) / (values.size() - 1) : 0;
		StringBuilder svg = open(id, title, describe(values, hiddenText), WIDTH, height);
		svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#535353\"/>",
				left, bottom, WIDTH - 10, bottom));
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"lse-chart__value\">%d</text>", left - 6, 20, max));
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			Value value = values.get(i);
			int x = left + i * step;
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"lse-chart__axis\">%s</text>", x,
					bottom + 16, escape(value.label())));
			if (value.count() == null) {
				path.append(' ');
				continue;
			}
			int y = bottom - (int) Math.round((bottom - 20) * (double) value.count() / max);
			path.append(path.isEmpty() || path.charAt(path.length() - 1) == ' ' ? "M" : "L")
				.append(x)
				.append(',')
				.append(y);
			svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#154273\"/>", x, y));
		}
		String d = path.toString().trim().replaceAll("\\s+", " ");
		if (!d.isEmpty()) {
			svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"#154273\" stroke-width=\"2\"/>");
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(String id, String title, String description, int width, int height) {
		return new StringBuilder().append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lse-chart\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" aria-labelledby=\"%s-title %s-desc\">",
				width, height, width, height, id, id))
			.append("<title id=\"")
			.append(id)
			.append("-title\">")
			.append(escape(title))
			.append("</title>")
			.append("<desc id=\"")
			.append(id)
			.append("-desc\">")
			.append(escape(description))
			.append("</desc>");
	}

	private static String describe(List<Value> values, String hiddenText) {
		StringBuilder text = new StringBuilder();
		for (Value value : values) {
			if (!text.isEmpty()) {
				text.append("; ");
			}
			text.append(value.label()).append(": ").append((value.count() != null) ? value.count() : hiddenText);
		}
		return text.toString();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
