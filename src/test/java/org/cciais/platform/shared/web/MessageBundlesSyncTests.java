package org.cciais.platform.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message bundle exists in both languages with the same keys (as spring-petclinic's I18nPropertiesSyncTest):
 * a key added in Chinese and forgotten in English, or the reverse, fails here, not on a page.
 */
class MessageBundlesSyncTests {

	/**
	 * Whether every base bundle must have an English twin. Until all i18n branches are merged, only the bundles that
	 * have a twin and those of {@link #MUST_HAVE_TWIN} are checked; then set this to {@code true}.
	 */
	private static final boolean STRICT = true;

	/** The bundles that must have an English twin even while {@link #STRICT} is off. */
	private static final List<String> MUST_HAVE_TWIN = List.of("messages.properties", "ValidationMessages.properties",
			"i18n/account.properties", "i18n/catalog.properties", "i18n/enterprise.properties",
			"i18n/notification.properties", "i18n/storage.properties", "i18n/application-pages.properties",
			"i18n/statistics.properties");

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Test
	void everyChineseBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path base : baseBundles()) {
			Path english = base.resolveSibling(base.getFileName().toString().replace(".properties", "_en.properties"));
			if (!Files.exists(english)) {
				if (!STRICT && !MUST_HAVE_TWIN.contains(RESOURCES.relativize(base).toString().replace('\\', '/'))) {
					continue;
				}
				problems.add(RESOURCES.relativize(base) + ": no English twin");
				continue;
			}
			Properties zh = load(base);
			Properties en = load(english);
			TreeSet<String> missing = new TreeSet<>(zh.stringPropertyNames());
			missing.removeAll(en.stringPropertyNames());
			TreeSet<String> extra = new TreeSet<>(en.stringPropertyNames());
			extra.removeAll(zh.stringPropertyNames());
			missing.forEach(k -> problems.add(RESOURCES.relativize(english) + ": missing " + k));
			extra.forEach(k -> problems.add(RESOURCES.relativize(base) + ": missing " + k));
			en.stringPropertyNames().stream().filter(k -> HAN.matcher(en.getProperty(k)).find()).sorted()
					.forEach(k -> problems.add(RESOURCES.relativize(english) + ": Chinese in " + k));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyBundleIsNamedInTheMessageSourceBasenames() throws IOException {
		String yml = Files.readString(RESOURCES.resolve("application.yml"));
		for (Path base : baseBundles()) {
			String name = RESOURCES.relativize(base).toString().replace('\\', '/').replace(".properties", "");
			if (!name.equals("ValidationMessages")) {
				assertThat(yml).as(name).containsPattern("basename: .*\\b" + Pattern.quote(name) + "(,|\\s|$)");
			}
		}
	}

	@Test
	void thereIsNoSeparateChineseBundleBecauseTheBaseFilesAreChinese() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES)) {
			assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*_zh.*\\.properties")))
					.isEmpty();
		}
	}

	private static List<Path> baseBundles() throws IOException {
		List<Path> bases = new ArrayList<>();
		bases.add(RESOURCES.resolve("messages.properties"));
		bases.add(RESOURCES.resolve("ValidationMessages.properties"));
		try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
			files.filter(p -> p.getFileName().toString().matches("[a-z-]+\\.properties")).sorted().forEach(bases::add);
		}
		return bases;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
