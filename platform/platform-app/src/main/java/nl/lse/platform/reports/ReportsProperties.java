package nl.lse.platform.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lse.reports.*}: {@code k}, the smallest count shown (5; smaller counts and their
 * complements are hidden, as in batch-jobs), and how many periods a trend shows (12).
 */
@ConfigurationProperties("lse.reports")
record ReportsProperties(@DefaultValue("5") int k, @DefaultValue("12") int trend) {

	ReportsProperties {
		if (k < 2 || trend < 2 || trend > 60) {
			throw new IllegalArgumentException("lse.reports: k >= 2, 2 <= trend <= 60");
		}
	}

}
