package org.cciais.platform.organization;

import java.util.List;

public record OrganizationView(long id, OrganizationType type, String name, List<String> regionGroups) {
}
