package nl.lse.platform.trajectories;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The aftercare frequency table as settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AftercareFrequencies.class)
class AftercareConfiguration {

}
