package org.cciais.platform.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Examples for JSON and multipart request bodies (a file part shown by a description of its content), built from each body's schema with the values of {@value #FILE} (UTF-8, one
 * value per property name, e.g. {@code creditCode=91110108MA01ABCD2X}): an enumeration takes its first value, a
 * date or instant a fixed one; {@code Component.property} wins over {@code property}, and {@code (omit)} leaves the
 * property out. A string, number or boolean property with no value there is listed by
 * {@link #missing()} (and fails {@code ApiDocumentationTests}), so a new body gets a real example, not "string".
 */
@Component
public class RequestExamples {

	public static final String FILE = "src/main/resources/openapi/examples.properties";

	private static final String RESOURCE = "openapi/examples.properties";

	/** The value that leaves a property out of its example (e.g. one of two alternatives). */
	private static final String OMIT = "(omit)";

	private final Properties values = new Properties();

	private final Set<String> missing = new TreeSet<>();

	public RequestExamples() {
		try (Reader in = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
				StandardCharsets.UTF_8)) {
			values.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

	/** Property names of request bodies that had no value in the file when the document was built. */
	public synchronized Set<String> missing() {
		return Set.copyOf(missing);
	}

	/**
	 * Adds the example of the operation's JSON or multipart body; {@code key} ({@code Controller.method}, may be
	 * null) is the owner of the body's own properties, so {@code RegistrationApiController.register.data} gives the
	 * {@code data} part of that operation.
	 */
	synchronized void add(Operation operation, OpenAPI openApi, String key) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return;
		}
		for (String type : List.of("application/json", "multipart/form-data")) {
			MediaType body = operation.getRequestBody().getContent().get(type);
			if (body == null || body.getSchema() == null || body.getExample() != null) {
				continue;
			}
			Object example = example(null, null, key, body.getSchema(), openApi, 0);
			if (example != null) {
				body.setExample(example);
			}
		}
	}

	/**
	 * {@code name} is the property (null for the body), {@code owner} the schema holding it, {@code self} the
	 * component this schema is (so its properties are looked up as {@code Component.property} first).
	 */
	private Object example(String name, String owner, String self, Schema<?> schema, OpenAPI openApi, int depth) {
		if (schema == null || depth > 6) {
			return null;
		}
		if (schema.get$ref() != null) {
			String ref = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
			return example(name, owner, ref, openApi.getComponents().getSchemas().get(ref), openApi, depth + 1);
		}
		if (schema.getExample() != null) {
			return schema.getExample();
		}
		if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			return schema.getEnum().get(0);
		}
		String type = schema.getType() != null ? schema.getType()
				: schema.getTypes() != null && !schema.getTypes().isEmpty() ? schema.getTypes().iterator().next() : null;
		if (schema.getProperties() != null) {
			Map<String, Object> object = new LinkedHashMap<>();
			schema.getProperties().forEach((property, propertySchema) -> {
				Object value = example(property, self, null, propertySchema, openApi, depth + 1);
				if (value != null) {
					object.put(property, value);
				}
			});
			return object;
		}
		if ("array".equals(type)) {
			Object item = example(name, owner, null, schema.getItems(), openApi, depth + 1);
			return item == null ? List.of() : new ArrayList<>(List.of(item));
		}
		if ("object".equals(type)) {
			return Map.of();
		}
		if (name == null && "string".equals(type)) {
			// a body read as text and parsed by the handler (e.g. the inspection's copy data)
			return "{}";
		}
		String value = name == null ? null
				: values.getProperty(owner + "." + name, values.getProperty(name));
		if (OMIT.equals(value)) {
			return null;
		}
		if ("string".equals(type)) {
			if (value != null) {
				return value;
			}
			if ("date".equals(schema.getFormat())) {
				return "2026-07-20";
			}
			if ("date-time".equals(schema.getFormat())) {
				return "2026-07-20T09:00:00+08:00";
			}

		}
		else if ("integer".equals(type) || "number".equals(type)) {
			if (value != null) {
				return "integer".equals(type) ? Long.valueOf(value.trim()) : new BigDecimal(value.trim());
			}
		}
		else if ("boolean".equals(type)) {
			if (value != null) {
				return Boolean.valueOf(value.trim());
			}
		}
		else {
			return null;
		}
		missing.add(name == null ? "(a body that is a bare " + type + ")" : name);
		return switch (type) {
			case "integer" -> 1;
			case "number" -> 1.0;
			case "boolean" -> true;
			default -> name;
		};
	}
}
