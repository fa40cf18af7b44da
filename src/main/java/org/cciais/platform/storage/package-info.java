/**
 * Files in a local folder or an S3-compatible bucket ({@code CCIAIS_STORAGE=local|s3}): streamed in, checked by size
 * and content signature (PDF, RAR) before anything is kept, streamed out to the parties of a case; orphans and
 * leftover temporary files cleaned up by a job; a command copies local files to S3. Other modules decide who may
 * read their files through {@link org.cciais.platform.storage.FileAccessPolicy}. Public API:
 * {@link org.cciais.platform.storage.FileStore}. A leaf module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package org.cciais.platform.storage;
