/**
 * Files on disk: streamed in, checked by size and content signature (PDF, RAR) before anything is kept, streamed
 * out to the parties of a case. Other modules decide who may read their files through
 * {@link org.cciais.platform.storage.FileAccessPolicy}. A leaf module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package org.cciais.platform.storage;
