package nl.lse.platform.audit;

import java.util.Optional;

/**
 * The organisation a chain partner acts for in the municipality entered ("namens" in the
 * access log): answered by the partner affiliations, with the same rule the case policy
 * uses, so the log never names an organisation the caller did not act for.
 */
@FunctionalInterface
public interface ActingOrganisation {

	/**
	 * Inside the tenant's transaction; empty when the subject works for none there today.
	 */
	Optional<String> of(String subject);

}
