package nl.lse.batch.tenants;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.TenantTransactions;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Batch uses the same tenant entry as JPA and JdbcTemplate: a job partitioned per
 * tenant sees each tenant as its DML role, while the job repository in schema
 * {@code batch} is written as the runtime login.
 */
@SpringBootTest
class TenantPartitionedJobIntegrationTests {

	static final Map<String, String> seen = new ConcurrentHashMap<>();

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job tenantProbeJob;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
	}

	@BeforeAll
	static void tenants() {
		TestDatabase.get().tenant("gm0363");
		TestDatabase.get().tenant("gm0599");
	}

	@Test
	void eachPartitionWorksInItsOwnTenantAndTheRepositoryOutsideAny() throws Exception {
		JobExecution execution = this.jobOperator.start(this.tenantProbeJob,
				new JobParametersBuilder().addLong("run", System.nanoTime()).toJobParameters());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		String prefix = TestDatabase.get().roles().prefix();
		assertThat(seen).containsEntry("gm0363", prefix + "_tenant_gm0363 tenant_gm0363 1")
			.containsEntry("gm0599", prefix + "_tenant_gm0599 tenant_gm0599 1");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from batch.batch_step_execution where job_execution_id = ? and status = 'COMPLETED'",
				Integer.class, execution.getId()))
			.as("manager step and one step per tenant")
			.isGreaterThanOrEqualTo(3);
	}

	@TestConfiguration
	static class ProbeJob {

		@Bean
		Job tenantProbeJob(JobRepository repository, PlatformTransactionManager transactionManager,
				TenantCatalog catalog, TenantTransactions tenants, JdbcTemplate jdbc) {
			Step probe = new StepBuilder("probe", repository).tasklet((contribution, chunk) -> {
				TenantId tenant = TenantPartitioner
					.tenantOf(chunk.getStepContext().getStepExecution().getExecutionContext());
				String observed = tenants.inTenant(tenant,
						(status) -> jdbc.queryForObject(
								"select current_user || ' ' || current_schema() || ' ' || count(*) from tenant_setting",
								String.class));
				seen.put(tenant.code(), observed);
				return RepeatStatus.FINISHED;
			}, transactionManager).build();
			Step perTenant = new StepBuilder("perTenant", repository)
				.partitioner("probe", new TenantPartitioner(catalog))
				.step(probe)
				.build();
			return new JobBuilder("tenantProbe", repository).start(perTenant).build();
		}

	}

}
