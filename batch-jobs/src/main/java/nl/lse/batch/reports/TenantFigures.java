package nl.lse.batch.reports;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * What one scope (a municipality, or LSE's own records) contributes to a run: its counts,
 * and its duration histograms (whole days to number of trajectories) per measure.
 */
public record TenantFigures(List<Figure> figures, Map<String, NavigableMap<Integer, Long>> durations) {

	public static TenantFigures of(List<Figure> figures) {
		return new TenantFigures(figures, Map.of());
	}

}
