package nl.lse.platform.settings;

import org.springframework.data.jpa.repository.JpaRepository;

/** Settings of the tenant entered by the current transaction. */
public interface TenantSettingRepository extends JpaRepository<TenantSetting, String> {

}
