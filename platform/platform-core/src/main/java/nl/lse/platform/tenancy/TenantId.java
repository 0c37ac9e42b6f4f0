package nl.lse.platform.tenancy;

import java.util.regex.Pattern;

/**
 * Whose schema work runs in: a municipality (gemeente), by its CBS code in lower case,
 * {@code gm} and four digits, e.g. {@code gm0363} for Amsterdam; or {@link #LSE}, LSE's
 * own records (self-referrals before the family agreed that the municipality is told),
 * kept in a schema of their own that is isolated, entered and migrated like a
 * municipality's but never named in an address.
 *
 * @param code the validated tenant code
 */
public record TenantId(String code) {

	private static final Pattern MUNICIPALITY = Pattern.compile("gm[0-9]{4}");

	private static final String LSE_CODE = "lse";

	/** LSE's own records. */
	public static final TenantId LSE = new TenantId(LSE_CODE);

	public TenantId {
		if (code == null || !(MUNICIPALITY.matcher(code).matches() || LSE_CODE.equals(code))) {
			throw new InvalidTenantCodeException(code);
		}
	}

	/**
	 * A municipality's code, as it comes from an address, a form or a token: LSE's own
	 * records are not reachable this way.
	 */
	public static TenantId of(String code) {
		if (!isValid(code)) {
			throw new InvalidTenantCodeException(code);
		}
		return new TenantId(code);
	}

	/** A code as the catalog stores it: a municipality's or {@code lse}. */
	public static TenantId ofCatalog(String code) {
		return new TenantId(code);
	}

	/** Whether the code is a municipality's. */
	public static boolean isValid(String code) {
		return code != null && MUNICIPALITY.matcher(code).matches();
	}

	public boolean isMunicipality() {
		return !LSE_CODE.equals(this.code);
	}

	/** The schema holding this tenant's data. */
	public String schemaName() {
		return "tenant_" + this.code;
	}

	@Override
	public String toString() {
		return this.code;
	}

}
