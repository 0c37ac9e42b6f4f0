package nl.lse.admin.users;

/**
 * The municipality roles tenant-admin hands out here, each with its organization group.
 */
public enum MunicipalRole {

	CASE_DIRECTOR("casusregie"), MUNICIPALITY_STAFF("medewerkers");

	private final String group;

	MunicipalRole(String group) {
		this.group = group;
	}

	public String group() {
		return this.group;
	}

}
