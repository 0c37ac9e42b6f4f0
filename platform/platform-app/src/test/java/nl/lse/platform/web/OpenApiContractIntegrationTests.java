package nl.lse.platform.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.lse.platform.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document is the contract in docs/openapi.json: a change of the API
 * that is not in the checked-in document fails here. To take a deliberate change into the
 * document, run this test with {@code LSE_OPENAPI_WRITE=true} (README, "The API
 * contract"), review the diff and commit it. The build validates the document and
 * generates a Java client from it (openapi-generator, platform-app's pom); the
 * generated-client journey is {@code GeneratedClientJourneyIntegrationTests}.
 */
class OpenApiContractIntegrationTests extends PlatformIntegrationTest {

	static final Path CONTRACT = Path.of("../../docs/openapi.json");

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
		.build();

	static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	@Test
	void theServedDocumentIsTheCheckedInContract() throws Exception {
		String served = canonical(get("/v3/api-docs", null).body());
		if ("true".equals(System.getenv("LSE_OPENAPI_WRITE"))) {
			Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
		}
		assertThat(Files.readString(CONTRACT, StandardCharsets.UTF_8))
			.as("docs/openapi.json is what the app serves; regenerate it as the README says")
			.isEqualTo(served);
	}

	@Test
	void everyOperationCanBeCalledByAGeneratedClient() throws Exception {
		JsonNode document = JSON.readTree(get("/v3/api-docs", null).body());
		Set<String> operationIds = new HashSet<>();
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			Set<String> variables = variables(path.getKey());
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				if (!METHODS.contains(entry.getKey())) {
					continue;
				}
				JsonNode operation = entry.getValue();
				String name = entry.getKey().toUpperCase() + " " + path.getKey();
				String id = operation.path("operationId").asString("");
				if (id.isEmpty() || !operationIds.add(id)) {
					problems.add(name + ": operationId missing or not unique: " + id);
				}
				if (operation.path("tags").size() != 1) {
					problems.add(name + ": one tag (its feature) expected");
				}
				Set<String> declared = new HashSet<>();
				operation.path("parameters")
					.valueStream()
					.filter((parameter) -> "path".equals(parameter.path("in").asString()))
					.forEach((parameter) -> declared.add(parameter.path("name").asString()));
				if (!declared.equals(variables)) {
					problems.add(name + ": path parameters " + declared + " but the path has " + variables);
				}
				for (String status : List.of("401", "503")) {
					if (operation.path("responses").path(status).isMissingNode()) {
						problems.add(name + ": no " + status + " answer");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(operationIds).hasSizeGreaterThan(50);
	}

	private static Set<String> variables(String path) {
		Set<String> variables = new HashSet<>();
		Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(path);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		return variables;
	}

	/** Sorted keys and two-space indentation, whatever the serving side did. */
	static String canonical(String json) {
		return JSON.writeValueAsString(JSON.readTree(json)) + "\n";
	}

}
