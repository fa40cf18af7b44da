package org.cciais.platform.shared.web;

import org.cciais.platform.shared.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Reads the JSON part {@code data} of a multipart request; bad JSON is a 400 naming the field when known. */
public final class JsonPart {

	private JsonPart() {
	}

	public static <T> T read(ObjectMapper json, String data, Class<T> type) {
		try {
			T value = data == null ? null : json.readValue(data, type);
			if (value == null) {
				throw new InvalidInputException("data", "error.required");
			}
			return value;
		}
		catch (JacksonException ex) {
			// Name the field whose value had the wrong type (e.g. "foundedOn": "yesterday") when Jackson knows it.
			String field = ex.getPath().isEmpty() ? null : ex.getPath().get(ex.getPath().size() - 1).getPropertyName();
			if (field != null) {
				throw new InvalidInputException(field, "error.typeMismatch", field);
			}
			throw new InvalidInputException("data", "error.unreadable");
		}
	}
}
