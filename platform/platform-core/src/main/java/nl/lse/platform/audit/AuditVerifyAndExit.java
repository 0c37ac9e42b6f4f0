package nl.lse.platform.audit;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

/**
 * The command-line verifier ({@code --lse.audit.verify-only=true}): seals what is
 * pending, verifies every tenant's chain, prints one line per tenant and each finding,
 * and exits 0 when every chain is intact, 3 otherwise.
 */
class AuditVerifyAndExit implements ApplicationRunner, ApplicationContextAware {

	private final AuditChains chains;

	private final PrintStream out;

	private ApplicationContext context;

	AuditVerifyAndExit(AuditChains chains, PrintStream out) {
		this.chains = chains;
		this.out = out;
	}

	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<VerificationReport> reports = this.chains.verifyAll();
		reports.forEach((report) -> {
			this.out.println("audit chain " + report.tenant() + ": " + report.sealed() + " sealed, "
					+ (report.intact() ? "intact" : report.findings().size() + " findings"));
			report.findings().forEach((finding) -> this.out.println("  " + finding));
		});
		int code = reports.stream().allMatch(VerificationReport::intact) ? 0 : 3;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
