package org.cciais.platform.storage;

import java.util.UUID;

import org.cciais.platform.shared.PlatformPrincipal;

/**
 * Implemented by each module that owns files: may this caller read this file (is the caller a party of the case it
 * belongs to)? A download is allowed when any policy says yes (ADMIN always); otherwise it answers 404.
 */
public interface FileAccessPolicy {

	boolean mayRead(UUID fileId, PlatformPrincipal who);
}
