package org.cciais.platform.enterprise;

/**
 * A change application passed: the registration data of the enterprise is now {@code data}; the certificate module
 * updates the 副本 of every valid certificate from it.
 */
public record EnterpriseDataChanged(long enterpriseId, long changeId, ChangeData data) {
}
