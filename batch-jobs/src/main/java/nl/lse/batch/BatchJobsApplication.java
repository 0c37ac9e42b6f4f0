package nl.lse.batch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Batch jobs: management reports and housekeeping, one partition per tenant, with
 * the job repository in schema {@code batch}.
 */
@SpringBootApplication
public class BatchJobsApplication {

	public static void main(String[] args) {
		SpringApplication.run(BatchJobsApplication.class, args);
	}

}
