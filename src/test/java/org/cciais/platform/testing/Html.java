package org.cciais.platform.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small look-ups in rendered pages, enough to check what a person would see beside a field. */
public final class Html {

	private Html() {
	}

	/** The text of the element with this id, or null when the page has no such element. */
	public static String textOf(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
		return m.find() ? m.group(1).trim() : null;
	}

	/** The opening tag of the element with this id (to look at its classes and value), or null. */
	public static String tagOf(String html, String id) {
		Matcher m = Pattern.compile("<[a-z]+[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		return m.find() ? m.group() : null;
	}

	public static int count(String html, String needle) {
		int n = 0;
		for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + needle.length())) {
			n++;
		}
		return n;
	}
}
