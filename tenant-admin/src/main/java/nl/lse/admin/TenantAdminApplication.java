package nl.lse.admin;

import java.util.Arrays;

import nl.lse.admin.installation.InstallCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * LSE beheer: onboarding municipalities and chain partners, and the tenant lifecycle. The
 * only holder of the right to provision tenants. {@code install} as the first argument
 * sets up a new installation's roles and schemas instead of starting the app.
 */
@SpringBootApplication
public class TenantAdminApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "install".equals(args[0])) {
			System.exit(InstallCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(TenantAdminApplication.class, args);
	}

}
