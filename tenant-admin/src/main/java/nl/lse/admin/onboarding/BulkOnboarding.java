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
 * {@code code;name;retention years;director name;director e-mail} (a header line and
 * commas instead of semicolons are fine). Every line gets its own result: requested (and
 * onboarding in the background) or refused with the reasons in Dutch; one bad line stops
 * no other.
 */
public class BulkOnboarding {

	/** More lines than there are municipalities is a mistake, not a request. */
	static final int MAX_LINES = 1000;

	private final Municipalities municipalities;

	private final Validator validator;

	private final AdminLog log;

	BulkOnboarding(Municipalities municipalities, Validator validator, AdminLog log) {
		this.municipalities = municipalities;
		this.validator = validator;
		this.log = log;
	}

	public List<RowResult> submit(Reader csv, String requestedBy) {
		List<RowResult> results = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(csv)) {
			String line;
			int number = 0;
			while ((line = lines.readLine()) != null) {
				number++;
				if (line.isBlank() || (number == 1 && isHeader(line))) {
					continue;
				}
				if (results.size() >= MAX_LINES) {
					results.add(RowResult.refused(number, "", List.of("Te veel regels: hoogstens " + MAX_LINES + ".")));
					break;
				}
				results.add(row(number, line, requestedBy));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long requested = results.stream().filter(RowResult::requested).count();
		this.log.record(requestedBy, "BULK_ONBOARDING", null, null,
				(requested == results.size()) ? AdminLog.Outcome.OK : AdminLog.Outcome.REFUSED,
				results.size() + " regels, " + requested + " aangevraagd");
		return results;
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
