package org.cciais.platform.organization;

import java.util.List;

/** @param version changes with every edit; an edit naming an older one is refused (409) */
public record OrganizationView(long id, OrganizationType type, String name, List<String> regionGroups, long version) {
}
