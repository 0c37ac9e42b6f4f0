package nl.lse.platform.tenancy.migration;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StreamUtils;

/**
 * The SQL migrations of one location, read from the classpath once and handed to every
 * Flyway run, so that migrating hundreds of tenant schemas does not rescan the classpath
 * each time. Also knows the newest version, so current tenants are skipped without asking
 * Flyway.
 */
public final class MigrationScripts implements ResourceProvider {

	private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.+\\.sql");

	private final String location;

	private final List<LoadableResource> scripts;

	private final MigrationVersion latest;

	private MigrationScripts(String location, List<LoadableResource> scripts, MigrationVersion latest) {
		this.location = location;
		this.scripts = scripts;
		this.latest = latest;
	}

	/** Reads every {@code *.sql} below {@code classpath:<location>}. */
	public static MigrationScripts load(String location) {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + location + "/*.sql");
			List<LoadableResource> scripts = new ArrayList<>();
			MigrationVersion latest = MigrationVersion.EMPTY;
			for (Resource resource : found) {
				String name = resource.getFilename();
				String sql = StreamUtils.copyToString(resource.getInputStream(), StandardCharsets.UTF_8);
				scripts.add(new Script(location, name, sql));
				Matcher versioned = VERSIONED.matcher(name);
				if (versioned.matches()) {
					MigrationVersion version = MigrationVersion.fromVersion(versioned.group(1).replace('_', '.'));
					latest = (version.compareTo(latest) > 0) ? version : latest;
				}
			}
			scripts.sort(Comparator.comparing(LoadableResource::getFilename));
			if (scripts.isEmpty()) {
				throw new IllegalStateException("No migrations found in classpath:" + location);
			}
			return new MigrationScripts(location, List.copyOf(scripts), latest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read migrations in " + location, ex);
		}
	}

	MigrationVersion latest() {
		return this.latest;
	}

	/** The newest versioned migration, as Flyway records it in the history table. */
	public String latestVersion() {
		return this.latest.getVersion();
	}

	@Override
	public @Nullable LoadableResource getResource(String name) {
		return this.scripts.stream().filter((s) -> s.getRelativePath().equals(name)).findFirst().orElse(null);
	}

	@Override
	public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
		return this.scripts.stream()
			.filter((s) -> s.getFilename().startsWith(prefix))
			.filter((s) -> Arrays.stream(suffixes).anyMatch(s.getFilename()::endsWith))
			.toList();
	}

	private static final class Script extends LoadableResource {

		private final String location;

		private final String name;

		private final String sql;

		Script(String location, String name, String sql) {
			this.location = location;
			this.name = name;
			this.sql = sql;
		}

		@Override
		public Reader read() {
			return new StringReader(this.sql);
		}

		@Override
		public String getAbsolutePath() {
			return this.location + "/" + this.name;
		}

		@Override
		public String getAbsolutePathOnDisk() {
			return getAbsolutePath();
		}

		@Override
		public String getFilename() {
			return this.name;
		}

		@Override
		public String getRelativePath() {
			return this.name;
		}

	}

}
