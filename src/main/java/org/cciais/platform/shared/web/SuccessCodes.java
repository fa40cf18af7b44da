package org.cciais.platform.shared.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * The success code an operation really answers, for the document: the table's {@code .status} if given, else
 * {@code @ResponseStatus}, else {@code ResponseEntity<Void>} → 204 (every such handler answers {@code noContent()}),
 * a POST answering {@code ResponseEntity} with a body → 201 (every such handler answers {@code created(...)} or
 * {@code status(201)}; the exceptions are in the table), everything else 200.
 */
final class SuccessCodes {

	private SuccessCodes() {
	}

	static int of(HandlerMethod handler, String fromTable) {
		if (fromTable != null) {
			return Integer.parseInt(fromTable.trim());
		}
		ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class);
		if (annotated != null) {
			return annotated.code().value();
		}
		Type returned = handler.getMethod().getGenericReturnType();
		if (returned instanceof ParameterizedType type && type.getRawType() == ResponseEntity.class) {
			if (type.getActualTypeArguments()[0] == Void.class) {
				return 204;
			}
			if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PostMapping.class)) {
				return 201;
			}
		}
		return 200;
	}

	static void apply(Operation operation, HandlerMethod handler, String fromTable) {
		int code = of(handler, fromTable);
		ApiResponses responses = operation.getResponses();
		ApiResponse success = responses.remove("200");
		if (success == null) {
			success = responses.values().stream().findFirst().orElseGet(ApiResponse::new);
			responses.clear();
		}
		if (code == 204) {
			success.setContent(null);
		}
		else {
			namedMediaType(success);
		}
		success.setDescription(description(code));
		responses.addApiResponse(String.valueOf(code), success);
	}

	private static String description(int code) {
		return switch (code) {
			case 201 -> "已创建 / Created";
			case 202 -> "已受理 / Accepted";
			case 204 -> "成功，无内容 / Done, no content";
			case 200 -> "成功 / OK";
			default -> HttpStatus.valueOf(code).getReasonPhrase();
		};
	}

	/**
	 * springdoc answers {@code *}{@code /*} where a handler declares no {@code produces}: a JSON body is
	 * {@code application/json}, a file (binary schema) {@code application/octet-stream}.
	 */
	private static void namedMediaType(ApiResponse success) {
		Content content = success.getContent();
		if (content == null || content.size() != 1 || !content.containsKey("*/*")) {
			return;
		}
		MediaType any = content.remove("*/*");
		Schema<?> schema = any.getSchema();
		boolean binary = schema != null && "binary".equals(schema.getFormat());
		content.addMediaType(binary ? "application/octet-stream" : "application/json", any);
	}
}
