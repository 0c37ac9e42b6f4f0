package nl.lse.platform.web;

import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The API's contract as clients generate from it (docs/openapi.json, checked by
 * {@code OpenApiContractIntegrationTests}), written once here rather than on every
 * controller: the municipality in every address ({@code {tenant}}) as a declared path
 * parameter, an {@code operationId} and a tag per feature package, the bearer token, and
 * the ProblemDetail answers every operation can give.
 */
@Configuration(proxyBeanMethods = false)
class ApiContract {

	static final String TENANT = "tenant";

	static final String PROBLEM = "ProblemDetail";

	/** About the caller themself: never anyone else's, so never 404. */
	private static final Set<String> SELF = Set.of("me", "assignments");

	/** The views of created records, for the document's components. */
	private final Map<String, Schema> createdSchemas = new java.util.concurrent.ConcurrentHashMap<>();

	/** The feature packages with an API, and what each is for. */
	static final Map<String, String> FEATURES = features();

	private static Map<String, String> features() {
		Map<String, String> features = new LinkedHashMap<>();
		features.put("me", "The caller: who they are, where they work, their assignments");
		features.put("assignments", "The caller's own assignments across municipalities");
		features.put("tenants", "The municipality entered");
		features.put("partners", "Which partner organisation a chain-partner user works for");
		features.put("signals", "Signals and their triage by the case director");
		features.put("cases", "Cases, their persons and team; closing and reopening");
		features.put("consultations", "Consultations: a question to LSE and its advice");
		features.put("trajectories",
				"Family support and individual guidance, from referral through aftercare and handover to closure");
		features.put("worklists", "Work lists and handing work to LSE workers");
		features.put("central", "The LSE central office across municipalities");
		features.put("staff", "LSE's workers by name");
		features.put("selfreferrals", "Families that contact LSE themselves, in LSE's own records");
		return features;
	}

	@Bean
	OpenApiCustomizer apiContractDocument() {
		return (openApi) -> {
			openApi.info(new Info().title("LSE Platform API")
				.version("v1")
				.description("Case work of the municipalities and LSE. Every refusal is a ProblemDetail in Dutch "
						+ "that names the field to fix; a record the caller may not know of is the same 404 as "
						+ "any unknown address (docs/access.md)."));
			openApi.servers(List.of(new Server().url("http://localhost:8080").description("run-local.sh")));
			Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
			components.addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("An access token of realm lse in Keycloak (audience lse-api)"));
			components.addSchemas(PROBLEM, problemSchema());
			this.createdSchemas.forEach((name, schema) -> {
				if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
					components.addSchemas(name, schema);
				}
			});
			openApi.components(components);
			openApi.security(List.of(new SecurityRequirement().addList("bearer")));
			openApi.tags(FEATURES.entrySet()
				.stream()
				.map((feature) -> new Tag().name(feature.getKey()).description(feature.getValue()))
				.toList());
			if (openApi.getPaths() != null) {
				openApi.getPaths().forEach(ApiContract::declareTenant);
			}
		};
	}

	@Bean
	OperationCustomizer apiContractOperations() {
		return (operation, handler) -> {
			String feature = feature(handler);
			operation.setTags(List.of(feature));
			operation.setOperationId(operationId(handler));
			if (operation.getParameters() != null) {
				operation.getParameters()
					.stream()
					.filter((parameter) -> "Idempotency-Key".equals(parameter.getName()))
					.forEach((parameter) -> parameter.description("Makes a create safe to repeat: the same key "
							+ "with the same body answers the first result; with another body, 422 (docs/case-work.md)"));
			}
			Creates creates = handler.getMethodAnnotation(Creates.class);
			if (creates != null) {
				created(operation, creates.value());
			}
			else if (answersNothing(handler) && operation.getResponses() != null
					&& operation.getResponses().remove("200") != null) {
				operation.getResponses().addApiResponse("204", new ApiResponse().description("Done"));
			}
			addProblems(operation, handler);
			return operation;
		};
	}

	/**
	 * The feature package of the controller: {@code nl.lse.platform.signals} is
	 * "signals".
	 */
	static String feature(HandlerMethod handler) {
		String name = handler.getBeanType().getPackageName();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	/**
	 * The controller's subject and the method: {@code SignalController.triage} is
	 * "signalTriage".
	 */
	static String operationId(HandlerMethod handler) {
		String controller = handler.getBeanType().getSimpleName().replaceFirst("(Api)?Controller$", "");
		String method = handler.getMethod().getName();
		String subject = controller.substring(0, 1).toLowerCase(Locale.ROOT) + controller.substring(1);
		if (controller.toLowerCase(Locale.ROOT).endsWith(method.toLowerCase(Locale.ROOT))) {
			// MeController.me is "me", not "meMe"
			return subject;
		}
		return subject + method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1);
	}

	/** {@code ResponseEntity<Void>}: the endpoint answers 204 No Content. */
	private static boolean answersNothing(HandlerMethod handler) {
		return handler.getReturnType().getGenericParameterType() instanceof ParameterizedType type
				&& type.getRawType() == ResponseEntity.class && type.getActualTypeArguments()[0] == Void.class;
	}

	/** 201 with the location and the created record's view instead of the generic 200. */
	private void created(Operation operation, Class<?> view) {
		ResolvedSchema resolved = ModelConverters.getInstance()
			.resolveAsResolvedSchema(new AnnotatedType(view).resolveAsRef(true));
		this.createdSchemas.putAll(resolved.referencedSchemas);
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		responses.remove("200");
		responses.addApiResponse("201", new ApiResponse().description("Created; Location names the new record")
			.addHeaderObject("Location", new Header().schema(new StringSchema()))
			.content(new Content().addMediaType("application/json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + view.getSimpleName())))));
		operation.setResponses(responses);
	}

	private static void declareTenant(String path, PathItem item) {
		if (!path.contains("{" + TENANT + "}")) {
			return;
		}
		for (Operation operation : item.readOperations()) {
			boolean declared = operation.getParameters() != null && operation.getParameters()
				.stream()
				.anyMatch((parameter) -> TENANT.equals(parameter.getName()) && "path".equals(parameter.getIn()));
			if (!declared) {
				operation.addParametersItem(new Parameter().name(TENANT)
					.in("path")
					.required(true)
					.description("The municipality: its CBS code in lower case, e.g. gm0363 (Amsterdam)")
					.schema(new StringSchema().pattern("^gm[0-9]{4}$")));
			}
		}
	}

	/**
	 * What ApiErrors and the security chain answer: 401 without a valid token, 404 for an
	 * unknown address or a record the caller may not know of, 503 when a refusal cannot
	 * be put on record; with input also 400; for a change also 403 (may know of it, may
	 * not do it), 409 (someone else changed it) and 422 (a domain rule refused it).
	 */
	private static void addProblems(Operation operation, HandlerMethod handler) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		boolean change = handler.hasMethodAnnotation(PostMapping.class) || handler.hasMethodAnnotation(PutMapping.class)
				|| handler.hasMethodAnnotation(DeleteMapping.class);
		boolean input = change || Arrays.stream(handler.getMethodParameters())
			.anyMatch((parameter) -> parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(RequestParam.class)
					|| parameter.hasParameterAnnotation(ModelAttribute.class));
		if (input) {
			problem(responses, "400", "Invalid input: the field to fix is named in `field` (and `errors`)");
		}
		problem(responses, "401", "No valid access token");
		if (change) {
			problem(responses, "403", "The caller may know of this record but may not do this (the rule in Dutch)");
		}
		if (!SELF.contains(feature(handler))) {
			problem(responses, "404", "No such address, or a record the caller may not know of (the same answer)");
		}
		if (change) {
			problem(responses, "409", "Someone else changed it meanwhile (`field`: version); fetch it and try again");
			problem(responses, "422", "A rule refused the change (the rule in Dutch, the field in `field`)");
		}
		if (Arrays.stream(handler.getMethodParameters())
			.anyMatch((parameter) -> parameter.hasParameterAnnotation(RequestBody.class))) {
			problem(responses, "413", "The JSON body is larger than the API takes (lse.api.max-json-body, 256 kB)");
		}
		problem(responses, "503", "The refusal could not be put on record, so nothing is answered");
		operation.setResponses(responses);
	}

	private static void problem(ApiResponses responses, String status, String description) {
		if (responses.containsKey(status)) {
			return;
		}
		responses.addApiResponse(status,
				new ApiResponse().description(description)
					.content(new Content().addMediaType("application/problem+json",
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

	private static Schema<?> problemSchema() {
		ObjectSchema error = new ObjectSchema();
		error.addProperty("field", new StringSchema());
		error.addProperty("detail", new StringSchema());
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details, in Dutch");
		problem.addProperty("type", new StringSchema());
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema());
		problem.addProperty("field", new StringSchema().description("The field to fix, where there is one"));
		problem.addProperty("errors", new ArraySchema().items(error).description("Every invalid field (400)"));
		return problem;
	}

}
