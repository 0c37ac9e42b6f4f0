package nl.lse.admin.onboarding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.lse.admin.audit.AdminLog;

/**
 * Many municipalities at once from a CSV file, one per line:
 * {@code code;name;retention years;director name;director e-mail} (a header line, a byte
 * order mark, commas instead of semicolons and cells in double quotes are fine). A file
 * of more than {@value #MAX_LINES} municipalities is refused whole. Every line gets its
 * own result: requested (and onboarding in the background) or refused with the reasons in
 * Dutch; one bad line stops no other.
 */
public class BulkOnboarding {

	/** More lines than there are municipalities is a mistake, not a request. */
	static final int MAX_LINES = 1000;

	/** A file of more is not a list of municipalities. */
	static final int MAX_BYTES = 1_000_000;

	private final Municipalities municipalities;

	private final Validator validator;

	private final AdminLog log;

	BulkOnboarding(Municipalities municipalities, Validator validator, AdminLog log) {
		this.municipalities = municipalities;
		this.validator = validator;
		this.log = log;
	}

	public List<RowResult> submit(Reader csv, String requestedBy) {
		List<String[]> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(csv)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) {
					// the byte order mark a spreadsheet may write
					line = line.substring(1);
				}
				if (line.isBlank() || (number == 1 && isHeader(line))) {
					continue;
				}
				lines.add(new String[] { Integer.toString(number), line });
				if (lines.size() > MAX_LINES) {
					// the whole file is refused before anything starts
					RowResult tooMany = RowResult.refused(number, "", List.of("Te veel regels: hoogstens " + MAX_LINES
							+ " gemeenten per bestand; er is niets aangevraagd."));
					this.log.record(requestedBy, "BULK_ONBOARDING", null, null, AdminLog.Outcome.REFUSED,
							"meer dan " + MAX_LINES + " regels");
					return List.of(tooMany);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<RowResult> results = new ArrayList<>();
		for (String[] line : lines) {
			results.add(row(Integer.parseInt(line[0]), line[1], requestedBy));
		}
		long requested = results.stream().filter(RowResult::requested).count();
		this.log.record(requestedBy, "BULK_ONBOARDING", null, null,
				(requested == results.size()) ? AdminLog.Outcome.OK : AdminLog.Outcome.REFUSED,
				results.size() + " regels, " + requested + " aangevraagd");
		return results;
	}

	/**
	 * The cells of a line, separated by semicolons (or commas when there is none); a cell
	 * in double quotes may hold the separator ("Nuenen, Gerwen en Nederwetten"), and ""
	 * inside quotes is a quote.
	 */
	static List<String> cells(String line) {
		char separator = line.contains(";") ? ';' : ',';
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.toString().isBlank()) {
				quoted = true;
				cell.setLength(0);
			}
			else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	private RowResult row(int number, String line, String requestedBy) {
		String[] cells = line.split(line.contains(";") ? ";" : ",", -1);
		if (cells.length != 5) {
			return RowResult.refused(number, cells[0].trim(), List
				.of("Een regel heeft vijf velden: code;naam;bewaartermijn;naam casusregisseur;e-mailadres casusregisseur."));
		}
		Integer years;
		try {
			years = Integer.valueOf(cells[2].trim());
		}
		catch (NumberFormatException ex) {
			years = null;
		}
		MunicipalityRequest request = new MunicipalityRequest(cells[0], cells[1], years, cells[3], cells[4]);
		boolean notANumber = years == null && !cells[2].isBlank();
		List<String> problems = new ArrayList<>(this.validator.validate(request)
			.stream()
			// a number that is not one is said once, below, not also as missing
			.filter((violation) -> !(notANumber && violation.getPropertyPath().toString().equals("retentionYears")))
			.sorted(Comparator
				.comparing((ConstraintViolation<MunicipalityRequest> v) -> v.getPropertyPath().toString()))
			.map(ConstraintViolation::getMessage)
			.toList());
		if (notANumber) {
			problems.add(0, "De bewaartermijn is een aantal jaren, bijvoorbeeld 7.");
		}
		if (!problems.isEmpty()) {
			return RowResult.refused(number, request.code(), problems);
		}
		try {
			this.municipalities.start(request, requestedBy);
			return new RowResult(number, request.code(), true, List.of());
		}
		catch (OnboardingConflict ex) {
			return RowResult.refused(number, request.code(), List.of(ex.getMessage()));
		}
	}

	/**
	 * A file's text: UTF-8 when it is valid UTF-8, otherwise Windows-1252, which a Dutch
	 * spreadsheet writes when it saves as CSV ("Súdwest-Fryslân" must arrive intact).
	 */
	static String text(byte[] bytes) {
		try {
			return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
				.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (java.nio.charset.CharacterCodingException notUtf8) {
			return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
		}
	}

	private static boolean isHeader(String line) {
		String first = line.split("[;,]", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
		return first.equals("code") || first.equals("cbs-code") || first.equals("cbscode");
	}

	/**
	 * The result of one line of the file.
	 *
	 * @param line its line number
	 * @param requested whether the municipality was requested (and is being onboarded)
	 * @param problems why not, in Dutch
	 */
	public record RowResult(int line, String code, boolean requested, List<String> problems) {

		static RowResult refused(int line, String code, List<String> problems) {
			return new RowResult(line, code, false, problems);
		}

	}

}
