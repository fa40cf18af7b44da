package org.cciais.platform.account.internal;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable browser / system summary of a User-Agent for the 登录日志 ("Chrome 131 · Windows"), made when the log is
 * read, in the reader's language. Only the common browsers are told apart; anything else shows as 其他 / Other with
 * the raw header kept beside it.
 */
final class UserAgents {

	/** A browser's name, or the key of its name in the bundles when it has one in each language. */
	private static final String[][] BROWSERS = { { "login.browser.wechat", "MicroMessenger/(\\d+)" }, { "Edge", "Edg(?:e|A|iOS)?/(\\d+)" },
			{ "Opera", "OPR/(\\d+)" }, { "Firefox", "Firefox/(\\d+)" }, { "Chrome", "(?:Chrome|CriOS)/(\\d+)" },
			{ "Safari", "Version/(\\d+)[.\\d]* (?:Mobile/\\w+ )?Safari" }, { "IE", "(?:MSIE |rv:)(\\d+).*Trident" } };

	private static final String[][] SYSTEMS = { { "Android", "Android" }, { "iOS", "iPhone|iPad|iPod" },
			{ "Windows", "Windows" }, { "macOS", "Mac OS X|Macintosh" }, { "Linux", "Linux|X11" } };

	private UserAgents() {
	}

	/** {@code words} gives the text of a bundle key in the reader's language. */
	static String summary(String userAgent, UnaryOperator<String> words) {
		if (userAgent == null || userAgent.isBlank()) {
			return null;
		}
		String browser = words.apply("login.browser.other");
		for (String[] b : BROWSERS) {
			Matcher m = Pattern.compile(b[1]).matcher(userAgent);
			if (m.find()) {
				browser = (b[0].startsWith("login.") ? words.apply(b[0]) : b[0]) + " " + m.group(1);
				break;
			}
		}
		String system = null;
		for (String[] s : SYSTEMS) {
			if (Pattern.compile(s[1]).matcher(userAgent).find()) {
				system = s[0];
				break;
			}
		}
		return system == null ? browser : browser + " · " + system;
	}
}
