package nl.lse.platform.tenancy.provisioning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.lse.platform.tenancy.DatabaseRoles;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privilege map in {@code docs/database.md} is what PostgreSQL actually grants: every
 * privilege held is documented and every documented privilege is held.
 */
class PrivilegeMapIntegrationTests {

	private static final Map<String, List<String>> PRIVILEGES = Map.of("database",
			List.of("CONNECT", "CREATE", "TEMPORARY"), "schema", List.of("USAGE", "CREATE"), "table",
			List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"), "sequence",
			List.of("USAGE", "SELECT", "UPDATE"), "function", List.of("EXECUTE"));

	private static final Set<String> COLUMN_PRIVILEGES = Set.of("SELECT", "INSERT", "UPDATE", "REFERENCES");

	TestDatabase database = TestDatabase.get();

	JdbcTemplate superuser = this.database.superuser();

	TenantId tenant = this.database.tenant("gm0601");

	@Test
	void documentedPrivilegesAreExactlyTheGrantedOnes() throws IOException {
		Map<String, String> expected = documented();
		Map<String, String> actual = actual();
		List<String> differences = new ArrayList<>();
		for (String key : actual.keySet()) {
			String want = expected.getOrDefault(key, "—");
			if (!want.equals(actual.get(key))) {
				differences.add(key + ": granted [" + actual.get(key) + "], documented [" + want + "]");
			}
		}
		assertThat(differences).as("docs/database.md privilege map vs. PostgreSQL").isEmpty();
		assertThat(actual).as("the map covers these objects").containsKeys(expected.keySet().toArray(String[]::new));
	}

	@Test
	void documentedRoleAttributesAndMembershipsAreTheActualOnes() throws IOException {
		Map<String, String> expected = new TreeMap<>();
		for (String[] row : docTable("role-map")) {
			expected.put(row[0], row[1] + " | " + row[2]);
		}
		Map<String, String> actual = new TreeMap<>();
		for (Map.Entry<String, String> role : roles().entrySet()) {
			Map<String, Object> attributes = this.superuser.queryForMap(
					"select rolcanlogin, rolinherit, rolcreaterole, rolcreatedb, rolsuper, rolbypassrls, rolreplication "
							+ "from pg_roles where rolname = ?",
					role.getValue());
			List<String> flags = new ArrayList<>();
			flags.add(Boolean.TRUE.equals(attributes.get("rolcanlogin")) ? "LOGIN" : "NOLOGIN");
			flags.add(Boolean.TRUE.equals(attributes.get("rolinherit")) ? "INHERIT" : "NOINHERIT");
			for (String flag : List.of("createrole", "createdb", "super", "bypassrls", "replication")) {
				if (Boolean.TRUE.equals(attributes.get("rol" + flag))) {
					flags.add(flag.equals("super") ? "SUPERUSER" : flag.toUpperCase());
				}
			}
			List<String> memberOf = this.superuser.queryForList("select r.rolname from pg_auth_members m "
					+ "join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member where u.rolname = ?",
					String.class, role.getValue());
			String members = roles().entrySet()
				.stream()
				.filter((candidate) -> memberOf.contains(candidate.getValue()))
				.map(Map.Entry::getKey)
				.sorted()
				.reduce((a, b) -> a + ", " + b)
				.orElse("—");
			List<String> foreign = memberOf.stream()
				.filter((name) -> !name.startsWith(this.database.roles().prefix() + "_tenant_"))
				.filter((name) -> !roles().containsValue(name))
				.toList();
			assertThat(foreign).as("memberships of %s outside this installation", role.getKey()).isEmpty();
			actual.put(role.getKey(), String.join(" ", flags) + " | " + members);
		}
		assertThat(actual).isEqualTo(expected);
	}

	/** role|object → privileges of every (role, object) pair, from the live catalog. */
	private Map<String, String> actual() {
		Map<String, String> map = new TreeMap<>();
		for (String role : roles().keySet()) {
			String name = roles().get(role);
			for (String[] object : objects()) {
				map.put(key(role, object), normalise(privileges(name, object[0], object[1])));
			}
		}
		return map;
	}

	/**
	 * The doc's rows, with {@code *} expanded to every object not named in its own row.
	 */
	private Map<String, String> documented() throws IOException {
		Map<String, String> rows = new TreeMap<>();
		Map<String, String> wildcards = new TreeMap<>();
		for (String[] row : docRows()) {
			String object = row[1];
			if (object.endsWith(".*")) {
				wildcards.put(row[0] + "|" + object, row[2]);
			}
			else {
				rows.put(row[0] + "|" + object, row[2]);
			}
		}
		for (String role : roles().keySet()) {
			for (String[] object : objects()) {
				String key = key(role, object);
				String schema = display(object[1]).contains(".")
						? display(object[1]).substring(0, display(object[1]).indexOf('.')) : "";
				String wildcard = wildcards.get(role + "|" + object[0] + " " + schema + ".*");
				if (!rows.containsKey(key) && wildcard != null) {
					rows.put(key, wildcard);
				}
			}
		}
		return rows;
	}

	private List<String[]> docRows() throws IOException {
		return docTable("privilege-map").stream()
			.map((row) -> new String[] { row[0], row[1], normalise(row[2]) })
			.toList();
	}

	private List<String[]> docTable(String name) throws IOException {
		String doc = Files.readString(docs().resolve("database.md"));
		String map = doc.substring(doc.indexOf("<!-- " + name + " -->"), doc.indexOf("<!-- /" + name + " -->"));
		List<String[]> rows = new ArrayList<>();
		for (String line : map.lines().toList()) {
			String[] cells = line.split("\\|");
			if (cells.length >= 4 && !cells[1].isBlank() && !cells[1].contains("---")
					&& !cells[1].trim().equals("role")) {
				rows.add(new String[] { cells[1].trim(), cells[2].trim(), cells[3].trim() });
			}
		}
		assertThat(rows).as("rows of %s in docs/database.md", name).isNotEmpty();
		return rows;
	}

	private Map<String, String> roles() {
		DatabaseRoles roles = this.database.roles();
		Map<String, String> map = new TreeMap<>();
		map.put("app", roles.app());
		map.put("admin", roles.admin());
		map.put("migrator", roles.migrator());
		map.put("provisioner", roles.provisioner());
		map.put("sealer", roles.sealer());
		map.put("tenant_<code>", roles.tenant(this.tenant));
		map.put("tenant_<code>_owner", roles.tenantOwner(this.tenant));
		return map;
	}

	/** kind and qualified name of every object the map speaks of. */
	private List<String[]> objects() {
		List<String[]> objects = new ArrayList<>();
		objects.add(new String[] { "database", this.database.name() });
		String schemas = "('platform', 'batch', 'provisioning', 'sealing', '" + this.tenant.schemaName() + "')";
		this.superuser.queryForList("select nspname from pg_namespace where nspname in " + schemas, String.class)
			.forEach((schema) -> objects.add(new String[] { "schema", schema }));
		this.superuser
			.queryForList("select relkind::text, quote_ident(nspname) || '.' || quote_ident(relname) "
					+ "from pg_class c join pg_namespace n on n.oid = c.relnamespace "
					+ "where relkind in ('r', 'p', 'v', 'm', 'f', 'S') and nspname in " + schemas)
			.forEach((row) -> objects.add(new String[] { "S".equals(row.get("relkind")) ? "sequence" : "table",
					(String) row.values().toArray()[1] }));
		this.superuser
			.queryForList(
					"select p.oid::regprocedure::text from pg_proc p join pg_namespace n "
							+ "on n.oid = p.pronamespace where nspname in ('platform', 'provisioning', 'sealing')",
					String.class)
			.forEach((function) -> objects.add(new String[] { "function", function }));
		return objects;
	}

	private String privileges(String role, String kind, String object) {
		Set<String> held = new LinkedHashSet<>();
		for (String privilege : PRIVILEGES.get(kind)) {
			String check = "select has_" + kind + "_privilege(?, ?, ?)";
			if (Boolean.TRUE.equals(this.superuser.queryForObject(check, Boolean.class, role, object, privilege))) {
				held.add(privilege);
			}
			else if ("table".equals(kind) && COLUMN_PRIVILEGES.contains(privilege) && Boolean.TRUE.equals(this.superuser
				.queryForObject("select has_any_column_privilege(?, ?, ?)", Boolean.class, role, object, privilege))) {
				held.add(privilege + "(" + String.join(", ", columns(role, object, privilege)) + ")");
			}
		}
		if (held.isEmpty()) {
			return "—";
		}
		return (held.size() == PRIVILEGES.get(kind).size() && held.size() > 1
				&& held.stream().noneMatch((p) -> p.contains("("))) ? "ALL" : String.join(", ", held);
	}

	private List<String> columns(String role, String table, String privilege) {
		return this.superuser.queryForList("select attname from pg_attribute where attrelid = ?::regclass "
				+ "and attnum > 0 and not attisdropped and has_column_privilege(?, attrelid, attnum, ?) order by attnum",
				String.class, table, role, privilege);
	}

	private String key(String role, String[] object) {
		String shown = display(object[1]);
		return role + "|" + object[0] + (shown.isEmpty() ? "" : " " + shown);
	}

	private String display(String object) {
		if (object.equals(this.database.name())) {
			return "";
		}
		String shown = object.replace(this.tenant.schemaName(), "tenant_<code>");
		return shown.contains("(") ? shown.substring(0, shown.indexOf('(')) : shown;
	}

	private static String normalise(String privileges) {
		Set<String> set = new TreeSet<>(List.of(privileges.split(",(?![^(]*\\))\\s*")));
		return set.contains("—") ? "—" : String.join(", ", set);
	}

	private static Path docs() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isRegularFile(dir.resolve("docs/database.md"))) {
			dir = dir.getParent();
		}
		assertThat(dir).as("docs/database.md above the working directory").isNotNull();
		return dir.resolve("docs");
	}

}
