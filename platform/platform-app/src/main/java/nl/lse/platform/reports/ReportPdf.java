package nl.lse.platform.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report as PDF: the same tables and charts as the page (template fragments
 * {@code reports/tables}), rendered as XHTML by Thymeleaf and laid out by openhtmltopdf,
 * with the SVG charts drawn as vectors. Nothing is fetched while rendering: the style is
 * in the template and the fonts are PDF's own.
 */
class ReportPdf {

	private final ITemplateEngine templates;

	private final String css;

	ReportPdf(ITemplateEngine templates) throws IOException {
		this.templates = templates;
		try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource("reports/report-pdf.css")
			.getInputStream()) {
			this.css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	byte[] render(ReportView view, List<ReportView.Section> sections, Locale locale) throws IOException {
		Context context = new Context(locale);
		context.setVariable("view", view);
		context.setVariable("sections", sections);
		context.setVariable("css", this.css);
		String html = this.templates.process("reports/report-pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		builder.run();
		return out.toByteArray();
	}

}
