package nl.lse.platform.tenancy;

import org.jspecify.annotations.Nullable;

/** A tenant code that is not a CBS municipality code ({@code gm} and four digits). */
public class InvalidTenantCodeException extends IllegalArgumentException {

	public InvalidTenantCodeException(@Nullable String code) {
		super("Ongeldige gemeentecode '" + code + "': verwacht 'gm' gevolgd door vier cijfers, zoals gm0363");
	}

}
