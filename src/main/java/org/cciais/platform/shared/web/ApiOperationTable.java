package org.cciais.platform.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The table of the API's operations, {@value #FILE} (UTF-8): for each controller its tag, for each operation (key
 * {@code Controller.method}) its summary, both written "中文 / English"; optionally {@code Controller.method.status}
 * (a success code the rule of {@link SuccessCodes} cannot see) and {@code Controller.method.problems} (further problem
 * statuses, such as 429 where the operation is throttled) and {@code Controller.method.produces} (the media type of a
 * body the handler writes itself). A handler with no summary here fails
 * {@code ApiDocumentationTests}, which names the line to add.
 */
@Component
public class ApiOperationTable {

	public static final String FILE = "src/main/resources/openapi/operations.properties";

	private static final String RESOURCE = "openapi/operations.properties";

	private final Properties entries = new Properties();

	public ApiOperationTable() {
		try (Reader in = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
				StandardCharsets.UTF_8)) {
			entries.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

	/** {@code ApplicationApiController.create}: the key of a handler method in the table. */
	public static String key(HandlerMethod handler) {
		return handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
	}

	public String summary(String key) {
		return entries.getProperty(key);
	}

	public String tag(String controller) {
		return entries.getProperty(controller);
	}

	/** The description of a controller's tag, if this controller gives it. */
	public String tagDescription(String controller) {
		return entries.getProperty(controller + ".description");
	}

	public String status(String key) {
		return entries.getProperty(key + ".status");
	}

	/** The media type of a success body the handler writes itself (e.g. {@code application/pdf}). */
	public String produces(String key) {
		return entries.getProperty(key + ".produces");
	}

	public List<String> problems(String key) {
		String value = entries.getProperty(key + ".problems");
		return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
	}
}
