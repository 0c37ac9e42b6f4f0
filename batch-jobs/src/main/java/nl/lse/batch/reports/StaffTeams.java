package nl.lse.batch.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * LSE workers' teams from tenant-admin's staff directory ({@code platform.lse_staff}),
 * for the workload per team: a team with fewer active members than the minimum is
 * reported as {@code overig}, so no figure comes down to one or two named people.
 */
public class StaffTeams {

	static final String OTHER = "overig";

	private final JdbcTemplate jdbc;

	private final int minTeamSize;

	public StaffTeams(JdbcTemplate jdbc, int minTeamSize) {
		this.jdbc = jdbc;
		this.minTeamSize = minTeamSize;
	}

	/** Worker (subject) to the team the report names. */
	public Map<String, String> teamsOfWorkers() {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select subject, team, count(*) over (partition by team) as size from platform.lse_staff"
					+ " where active and team is not null");
		Map<String, String> teams = new HashMap<>();
		for (Map<String, Object> row : rows) {
			long size = ((Number) row.get("size")).longValue();
			String team = (String) row.get("team");
			// a report row holds codes only: a team name that is not one counts as overig
			boolean code = team.matches("[A-Za-z0-9_-]{1,60}");
			teams.put((String) row.get("subject"), (size >= this.minTeamSize && code) ? team : OTHER);
		}
		return teams;
	}

}
