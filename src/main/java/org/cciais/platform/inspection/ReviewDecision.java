package org.cciais.platform.inspection;

import java.util.UUID;

/**
 * The review organisation's decision on a submitted inspection (API.md {@code actions/pass|fail}).
 *
 * @param opinion required when failing
 * @param reportFileId a PDF uploaded before through {@code POST /api/v1/inspections/{id}/reports}, optional
 * @param version the inspection's version as the reviewer saw it, optional: a stale one is a 409
 */
public record ReviewDecision(String opinion, UUID reportFileId, Long version) {
}
