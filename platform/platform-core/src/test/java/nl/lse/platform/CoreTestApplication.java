package nl.lse.platform;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The smallest app that uses platform-core, for its integration tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class CoreTestApplication {

}
