package nl.lse.platform.tenancy;

import java.util.regex.Pattern;

/**
 * A municipality (gemeente) as a tenant: its CBS code in lower case, {@code gm} and four
 * digits, e.g. {@code gm0363} for Amsterdam.
 *
 * @param code the validated tenant code
 */
public record TenantId(String code) {

	private static final Pattern CODE = Pattern.compile("gm[0-9]{4}");

	public TenantId {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new InvalidTenantCodeException(code);
		}
	}

	public static TenantId of(String code) {
		return new TenantId(code);
	}

	public static boolean isValid(String code) {
		return code != null && CODE.matcher(code).matches();
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
