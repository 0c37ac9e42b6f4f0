package nl.lse.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The LSE platform: the tenant portal ({@code /t/{tenant}}), the REST API
 * ({@code /api/v1}) and the LSE central office ({@code /central}).
 */
@SpringBootApplication
public class PlatformApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlatformApplication.class, args);
	}

}
