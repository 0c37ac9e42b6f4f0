package nl.lse.platform.tenancy.provisioning;

/** A provisioning step refused by the rules of the tenant lifecycle. */
public class TenantLifecycleException extends RuntimeException {

	public TenantLifecycleException(String message) {
		super(message);
	}

	public TenantLifecycleException(String message, Throwable cause) {
		super(message, cause);
	}

}
