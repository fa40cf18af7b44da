package org.cciais.platform.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import org.cciais.platform.shared.PlatformPrincipal;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.cciais.platform.shared.LocalText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The OpenAPI document ({@code /v3/api-docs}) made central, so that controllers carry no documentation annotations:
 * summaries, tags and success codes come from {@link ApiOperationTable} ({@code openapi/operations.properties}),
 * every operation gets the problem+json responses it can answer, the bearer scheme where Spring Security protects
 * it (asked of Spring Security itself) and examples for its JSON request body ({@link RequestExamples}). The
 * resolved caller ({@link PlatformPrincipal}) is no parameter.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BEARER = "bearer";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(PlatformPrincipal.class);
		// a LocalText is written as its text in the reader's language (LocalTextJson), so the document says string
		SpringDocUtils.getConfig().replaceWithClass(LocalText.class, String.class);
	}

	/** One problem response of the document: status, component name, bilingual description. */
	private record Problem(String status, String name, String description, ProblemKind example) {
	}

	private static final List<Problem> PROBLEMS = List.of(
			new Problem("400", "BadRequest", "输入有误或请求格式不正确 / Invalid input or malformed request",
					ProblemKind.VALIDATION_FAILED),
			new Problem("401", "Unauthorized", "未登录或凭证无效 / Not logged in or bad credentials",
					ProblemKind.UNAUTHENTICATED),
			new Problem("403", "Forbidden", "当前角色无权执行此操作 / The caller's role may not do this",
					ProblemKind.FORBIDDEN),
			new Problem("404", "NotFound", "未找到，或不属于调用者 / Not found, or not the caller's",
					ProblemKind.NOT_FOUND),
			new Problem("409", "Conflict", "当前状态不允许、重复或并发修改 / Not allowed in the current state, duplicate or "
					+ "concurrent change", ProblemKind.INVALID_STATE),
			new Problem("413", "PayloadTooLarge", "文件或请求过大 / File or request too large",
					ProblemKind.PAYLOAD_TOO_LARGE),
			new Problem("415", "UnsupportedMediaType", "文件内容或内容类型不符合要求 / File content or media type not accepted",
					ProblemKind.UNSUPPORTED_MEDIA_TYPE),
			new Problem("429", "TooManyRequests", "请求过于频繁，请在 Retry-After 秒后重试 / Too many requests, retry after "
					+ "Retry-After seconds", ProblemKind.TOO_MANY_REQUESTS));

	@Bean
	OpenAPI platformOpenApi() {
		Components components = new Components()
			.addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("POST /api/v1/auth/token 取得的令牌 / The token answered by POST /api/v1/auth/token"))
			.addSchemas("Problem", problemSchema())
			.addHeaders("Retry-After", new Header().description("重试前等待的秒数 / Seconds to wait before retrying")
				.schema(new IntegerSchema().example(60)));
		for (Problem p : PROBLEMS) {
			ApiResponse response = new ApiResponse().description(p.description())
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
					.schema(new Schema<>().$ref("#/components/schemas/Problem"))
					.example(example(p.example()))));
			if ("429".equals(p.status())) {
				response.addHeaderObject("Retry-After", new Header().$ref("#/components/headers/Retry-After"));
			}
			components.addResponses(p.name(), response);
		}
		return new OpenAPI()
			.info(new Info().title("信息系统业务安全服务资质管理平台 API / CCIAIS Qualification Platform API")
				.version("v1")
				.description("REST API（/api/v1），契约见 docs/API.md；错误为 application/problem+json，带稳定的 type 与 code。"
						+ " / The REST API (/api/v1), contract in docs/API.md; errors are application/problem+json with a "
						+ "stable type and code.")
				.license(new License().name("Proprietary (CCIAIS)").url("https://cciais.org/")))
			.servers(List.of(new Server().url("/").description("本平台 / This platform")))
			.components(components)
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	private static Schema<?> problemSchema() {
		Schema<String> code = new StringSchema().description("机器可读的错误种类 / Machine-readable kind of problem");
		for (ProblemKind kind : ProblemKind.values()) {
			code.addEnumItemObject(kind.code());
		}
		Schema<Object> error = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema());
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri")
				.description("稳定的错误种类 URI / Stable URI of the kind, " + ProblemKind.BASE + "<kind>"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema().description("中文说明 / Human-readable Chinese text"))
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("code", code)
			.addProperty("reason", new StringSchema()
				.description("被违反的具体规则（消息键），可能为空 / The rule refused (a message key), when there is one"))
			.addProperty("errors", new ArraySchema().items(error))
			.required(List.of("type", "status", "detail", "code"));
	}

	private static Map<String, Object> example(ProblemKind kind) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", kind.type().toString());
		example.put("status", kind.status());
		example.put("detail", switch (kind) {
			case VALIDATION_FAILED -> "输入有误，请检查后重新提交。";
			case UNAUTHENTICATED -> "请先登录（缺少或无效的登录凭证）";
			case FORBIDDEN -> "当前角色无权执行此操作";
			case NOT_FOUND -> "未找到该对象，或您无权查看。";
			case PAYLOAD_TOO_LARGE -> "文件超过 100 MB 的上限。";
			case UNSUPPORTED_MEDIA_TYPE -> "文件内容不是要求的类型。";
			case TOO_MANY_REQUESTS -> "操作过于频繁，请稍后再试。";
			default -> "当前状态不允许该操作。";
		});
		example.put("code", kind.code());
		return example;
	}

	/** Summary, tag and success code of every operation from the table, keyed by controller and method. */
	/** Tag name → description, gathered from the table while the operations are documented. */
	private final Map<String, String> tagDescriptions = new java.util.concurrent.ConcurrentHashMap<>();

	/** Operation → its table key, for what is added once the whole document is known (examples). */
	private final Map<Operation, String> operationKeys = java.util.Collections
		.synchronizedMap(new java.util.IdentityHashMap<>());

	@Bean
	OperationCustomizer operationTable(ApiOperationTable table) {
		return (operation, handler) -> {
			String key = ApiOperationTable.key(handler);
			operationKeys.put(operation, key);
			operation.setSummary(table.summary(key));
			String controller = handler.getBeanType().getSimpleName();
			String tag = table.tag(controller);
			operation.setTags(tag == null ? null : new ArrayList<>(List.of(tag)));
			if (tag != null && table.tagDescription(controller) != null) {
				tagDescriptions.putIfAbsent(tag, table.tagDescription(controller));
			}
			SuccessCodes.apply(operation, handler, table.status(key));
			if (table.produces(key) != null) {
				operation.getResponses().values().iterator().next().setContent(new Content().addMediaType(
						table.produces(key), new MediaType().schema(new StringSchema().format("binary"))));
			}
			for (String status : table.problems(key)) {
				operation.getResponses().putIfAbsent(status, problem(status));
			}
			return operation;
		};
	}

	/**
	 * Security and problem responses per path: Spring Security says which operations an anonymous caller may reach
	 * ({@code security: []}); every other one needs the bearer token and can answer 401 and 403.
	 */
	@Bean
	OpenApiCustomizer problemsAndSecurity(ObjectProvider<WebInvocationPrivilegeEvaluator> evaluators,
			RequestExamples examples) {
		return openApi -> {
			WebInvocationPrivilegeEvaluator evaluator = evaluators.getIfAvailable();
			Authentication anonymous = new AnonymousAuthenticationToken("api-docs", "anonymous",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
			TreeSet<String> tags = new TreeSet<>();
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				String uri = path.replaceAll("\\{[^}]+}", "x");
				boolean open = evaluator != null && evaluator.isAllowed("", uri, method.name(), anonymous);
				if (open) {
					operation.setSecurity(new ArrayList<>());
				}
				addProblems(operation, method, open, path.contains("{"));
				examples.add(operation, openApi, operationKeys.get(operation));
				if (operation.getTags() != null) {
					tags.addAll(operation.getTags());
				}
			}));
			openApi.setTags(tags.stream().map(name -> new Tag().name(name).description(tagDescriptions.get(name))).toList());
		};
	}

	private static void addProblems(Operation operation, PathItem.HttpMethod method, boolean open, boolean hasPath) {
		ApiResponses responses = operation.getResponses();
		responses.putIfAbsent("400", problem("400"));
		if (!open) {
			responses.putIfAbsent("401", problem("401"));
			responses.putIfAbsent("403", problem("403"));
		}
		if (hasPath) {
			responses.putIfAbsent("404", problem("404"));
		}
		if (method != PathItem.HttpMethod.GET) {
			responses.putIfAbsent("409", problem("409"));
		}
		if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
			responses.putIfAbsent("413", problem("413"));
			responses.putIfAbsent("415", problem("415"));
		}
		ApiResponses sorted = new ApiResponses();
		new TreeMap<>(responses).forEach(sorted::addApiResponse);
		operation.setResponses(sorted);
	}

	static ApiResponse problem(String status) {
		Problem p = PROBLEMS.stream()
			.filter(candidate -> candidate.status().equals(status))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no problem response for status " + status));
		return new ApiResponse().$ref("#/components/responses/" + p.name());
	}
}
