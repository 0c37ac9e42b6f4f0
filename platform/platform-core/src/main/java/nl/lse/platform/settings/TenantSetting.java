package nl.lse.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One setting of the current municipality, stored in its tenant schema. */
@Entity
@Table(name = "tenant_setting")
public class TenantSetting {

	@Id
	private String name;

	@Column(nullable = false)
	private String value;

	@Version
	private long version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected TenantSetting() {
		this.name = "";
		this.value = "";
		this.updatedAt = Instant.EPOCH;
	}

	public TenantSetting(String name, String value) {
		this.name = name;
		this.value = value;
		this.updatedAt = Instant.now();
	}

	public String name() {
		return this.name;
	}

	public String value() {
		return this.value;
	}

	public void change(String newValue) {
		this.value = newValue;
		this.updatedAt = Instant.now();
	}

}
