package org.cciais.platform.enterprise;

import java.util.List;

/**
 * An enterprise that submitted no qualification application within 7 days of registering was removed (manual
 * 3.1.1) with its accounts and licence file. Other modules drop what they keep about it (e.g. notifications of
 * {@code accountIds}); the audit log keeps the fact.
 */
public record EnterprisePurged(long enterpriseId, List<Long> accountIds) {
}
