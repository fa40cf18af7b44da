package org.cciais.platform.storage;

/** The kinds of upload the platform accepts, recognised by their signature, never by the file name. */
public enum FileKind {
	PDF("application/pdf", "PDF"), RAR("application/vnd.rar", "RAR");

	private final String contentType;
	private final String label;

	FileKind(String contentType, String label) {
		this.contentType = contentType;
		this.label = label;
	}

	public String contentType() {
		return contentType;
	}

	public String label() {
		return label;
	}

	/** The extension a stored file of this kind is named with, whatever the uploader called it. */
	public String extension() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
