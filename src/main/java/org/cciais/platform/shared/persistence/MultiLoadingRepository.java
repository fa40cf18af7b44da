package org.cciais.platform.shared.persistence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.data.util.Streamable;
import org.springframework.transaction.annotation.Transactional;

/**
 * The base of every Spring Data repository of the platform ({@link RepositoryBaseClass}): {@code findAllById} loads
 * through Hibernate's multi-load (one query with the ids as one array parameter, its SQL prepared once per entity)
 * instead of Spring Data's criteria query with an {@code IN} list, which Hibernate translates from its query tree
 * to SQL again on every call. A case's read and every list look up their parties this way; the translation was a
 * tenth of the read's CPU (bench/RESULTS.md, "2026-12-03 night").
 */
@Transactional(readOnly = true)
public class MultiLoadingRepository<T, ID extends Serializable> extends SimpleJpaRepository<T, ID> {

	private final EntityManager entities;

	public MultiLoadingRepository(JpaEntityInformation<T, ?> information, EntityManager entities) {
		super(information, entities);
		this.entities = entities;
	}

	/** The entities of these ids that exist, each once, in no particular order (as Spring Data's). */
	@Override
	public List<T> findAllById(Iterable<ID> ids) {
		List<ID> distinct = List.copyOf(Streamable.of(ids).stream().collect(Collectors.toCollection(LinkedHashSet::new)));
		if (distinct.isEmpty()) {
			return new ArrayList<>();
		}
		return entities.unwrap(Session.class)
			.findMultiple(getDomainClass(), distinct)
			.stream()
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(ArrayList::new));
	}
}
