package nl.lse.admin.onboarding;

import org.jspecify.annotations.Nullable;

/**
 * The onboarding form as typed, text only, so that whatever was typed comes back with the
 * errors. The rules are {@link MunicipalityRequest}'s, checked when it is made from this.
 */
public class OnboardingForm {

	private String code = "";

	private String name = "";

	private String retentionYears = "7";

	private String directorName = "";

	private String directorEmail = "";

	public String getCode() {
		return this.code;
	}

	public void setCode(@Nullable String code) {
		this.code = (code != null) ? code : "";
	}

	public String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = (name != null) ? name : "";
	}

	public String getRetentionYears() {
		return this.retentionYears;
	}

	public void setRetentionYears(@Nullable String retentionYears) {
		this.retentionYears = (retentionYears != null) ? retentionYears : "";
	}

	public String getDirectorName() {
		return this.directorName;
	}

	public void setDirectorName(@Nullable String directorName) {
		this.directorName = (directorName != null) ? directorName : "";
	}

	public String getDirectorEmail() {
		return this.directorEmail;
	}

	public void setDirectorEmail(@Nullable String directorEmail) {
		this.directorEmail = (directorEmail != null) ? directorEmail : "";
	}

	/** The years as a number, or {@code null} when what was typed is not one. */
	@Nullable Integer years() {
		try {
			return Integer.valueOf(this.retentionYears.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	MunicipalityRequest toRequest() {
		return new MunicipalityRequest(this.code, this.name, years(), this.directorName, this.directorEmail);
	}

}
