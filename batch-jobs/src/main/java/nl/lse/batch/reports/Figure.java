package nl.lse.batch.reports;

/**
 * One count of a report: a measure (e.g. {@code open_trajectories}) under up to two codes
 * (e.g. {@code FAMILY_SUPPORT}, {@code SUPPORT}); codes only, never a name or an id.
 */
public record Figure(String measure, String key1, String key2, long value) {

	public Figure {
		if (!measure.matches("[a-z_]{1,60}") || !key1.matches("[A-Za-z0-9_-]{0,60}")
				|| !key2.matches("[A-Za-z0-9_-]{0,60}")) {
			throw new IllegalArgumentException("Not a report figure: " + measure + "/" + key1 + "/" + key2);
		}
	}

	public static Figure of(String measure, long value) {
		return new Figure(measure, "", "", value);
	}

}
