package nl.lse.platform.settings;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;

/** Makes the tenant settings entity and repository known to every app's JPA set-up. */
@AutoConfiguration
@AutoConfigurationPackage
public class SettingsAutoConfiguration {

}
