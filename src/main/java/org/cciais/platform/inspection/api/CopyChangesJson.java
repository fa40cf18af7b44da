package org.cciais.platform.inspection.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

import org.cciais.platform.inspection.CopyChanges;
import org.cciais.platform.shared.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the {@code data} of a submission: an object with some of the 副本 fields (CopyData's names). Anything else
 * is refused by name, so that a typo never silently submits unchanged data.
 */
final class CopyChangesJson {

	static final Set<String> FIELDS = Set.of("enterpriseName", "registeredAddress", "creditCode", "foundedOn",
			"legalRepresentative", "registeredCapital", "unitType");

	private CopyChangesJson() {
	}

	static CopyChanges parse(String text, ObjectMapper json) {
		if (text == null || text.isBlank()) {
			return CopyChanges.NONE;
		}
		JsonNode node;
		try {
			node = json.readTree(text);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("data", "inspection.data.unreadable");
		}
		if (node == null || !node.isObject()) {
			throw new InvalidInputException("data", "inspection.data.unreadable");
		}
		var errors = new InvalidInputException.Collector();
		for (Map.Entry<String, JsonNode> p : node.properties()) {
			if (!FIELDS.contains(p.getKey())) {
				errors.reject(p.getKey(), "inspection.data.unknownField", p.getKey());
			}
		}
		LocalDate foundedOn = null;
		String founded = text(node, "foundedOn");
		if (founded != null) {
			try {
				foundedOn = LocalDate.parse(founded.trim());
			}
			catch (DateTimeParseException ex) {
				errors.reject("foundedOn", "inspection.foundedOn.format");
			}
		}
		BigDecimal capital = null;
		JsonNode capitalNode = node.get("registeredCapital");
		if (capitalNode != null && !capitalNode.isNull()) {
			try {
				capital = capitalNode.isNumber() ? capitalNode.decimalValue() : new BigDecimal(capitalNode.asString().trim());
			}
			catch (NumberFormatException ex) {
				errors.reject("registeredCapital", "inspection.registeredCapital.invalid");
			}
		}
		errors.throwIfAny();
		return new CopyChanges(text(node, "enterpriseName"), text(node, "registeredAddress"), text(node, "creditCode"),
				foundedOn, text(node, "legalRepresentative"), capital, text(node, "unitType"));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}
}
