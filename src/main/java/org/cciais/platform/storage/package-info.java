/**
 * Files.
 * <p>
 * <b>Owns</b>: files in a local folder or an S3-compatible bucket ({@code CCIAIS_STORAGE=local|s3}), streamed in,
 * checked by size and content signature (PDF, RAR) before anything is kept, streamed out to the parties of a case;
 * orphans and leftover temporary files cleaned up by a job; a command copies local files to S3.
 * <p>
 * <b>Exposes</b>: {@link org.cciais.platform.storage.FileStore}; {@link org.cciais.platform.storage.FileAccessPolicy},
 * through which the owning modules decide who may read their files; {@link org.cciais.platform.storage.AttachedFile}
 * and {@link org.cciais.platform.storage.AttachedUpload}, the columns every entity of a file attached to a case
 * shares.
 * <p>
 * <b>Listens to</b>: nothing. A leaf module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package org.cciais.platform.storage;
