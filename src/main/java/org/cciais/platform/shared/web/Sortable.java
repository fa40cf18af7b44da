package org.cciais.platform.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cciais.platform.shared.InvalidInputException;
import org.springframework.data.domain.Sort;

/**
 * The columns a list may be sorted by: each API name ({@code sort=name,asc}) mapped to the entity property behind
 * it, and the order the list has when no {@code sort} is given. A sort by a column ends with the tie-breaker
 * ({@code id}, same direction) so that pages neither repeat nor skip rows.
 */
public final class Sortable {

	private final Map<String, String> fields = new LinkedHashMap<>();

	private final Sort defaultSort;

	private String defaultField;

	private Sort.Direction defaultDirection;

	private String tieBreaker = "id";

	private Sortable(Sort defaultSort) {
		this.defaultSort = defaultSort;
	}

	/** A list that, unsorted, keeps {@code defaultSort} (its order today). */
	public static Sortable by(Sort defaultSort) {
		return new Sortable(defaultSort);
	}

	/** {@code sort=api,…} sorts by the entity property {@code property}. */
	public Sortable field(String api, String property) {
		fields.put(api, property);
		return this;
	}

	/** {@code api} is sortable by the property of the same name. */
	public Sortable field(String api) {
		return field(api, api);
	}

	/** The column the default order is shown on (its header arrow when no {@code sort} is given). */
	public Sortable shownAs(String api, Sort.Direction direction) {
		this.defaultField = api;
		this.defaultDirection = direction;
		return this;
	}

	/** The property that breaks ties ({@code id} unless said otherwise; null for none). */
	public Sortable tieBreaker(String property) {
		this.tieBreaker = property;
		return this;
	}

	public Set<String> fields() {
		return fields.keySet();
	}

	/**
	 * {@code field,asc|desc} (direction optional, ascending) → the order; null or blank → the default order.
	 * @throws InvalidInputException naming {@code sort} for an unknown field or direction
	 */
	public Sort resolve(String sort) {
		if (sort == null || sort.isBlank()) {
			return defaultSort;
		}
		Choice choice = choice(sort);
		Sort order = Sort.by(choice.direction(), fields.get(choice.field()));
		if (tieBreaker != null && !tieBreaker.equals(fields.get(choice.field()))) {
			order = order.and(Sort.by(choice.direction(), tieBreaker));
		}
		return order;
	}

	/** The column and direction asked for, or the default's when none was asked for (null if it has none). */
	public Choice choice(String sort) {
		if (sort == null || sort.isBlank()) {
			return defaultField == null ? null : new Choice(defaultField, defaultDirection, true);
		}
		String[] parts = sort.split(",", -1);
		if (parts.length > 2 || !fields.containsKey(parts[0].trim())) {
			throw new InvalidInputException("sort", "paging.sort.field", parts[0].trim(), String.join(", ", fields()));
		}
		Sort.Direction direction = Sort.Direction.ASC;
		if (parts.length == 2) {
			String d = parts[1].trim().toLowerCase(Locale.ROOT);
			if (!d.equals("asc") && !d.equals("desc")) {
				throw new InvalidInputException("sort", "paging.sort.direction", parts[1].trim());
			}
			direction = d.equals("asc") ? Sort.Direction.ASC : Sort.Direction.DESC;
		}
		return new Choice(parts[0].trim(), direction, false);
	}

	/** A resolved sort column; {@code byDefault} when no {@code sort} was given. */
	public record Choice(String field, Sort.Direction direction, boolean byDefault) {

		public String param() {
			return field + "," + direction.name().toLowerCase(Locale.ROOT);
		}
	}
}
