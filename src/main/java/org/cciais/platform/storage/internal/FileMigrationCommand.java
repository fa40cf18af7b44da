package org.cciais.platform.storage.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/** {@code java -jar cciais-platform.jar --migrate-files-to=s3}: migrates, then exits (status 1 when not clean). */
@Component
class FileMigrationCommand implements ApplicationRunner {

	static final String OPTION = "migrate-files-to";

	private final FileMigration migration;
	private final ConfigurableApplicationContext context;

	FileMigrationCommand(FileMigration migration, ConfigurableApplicationContext context) {
		this.migration = migration;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		if (!args.getOptionValues(OPTION).equals(java.util.List.of("s3"))) {
			throw new IllegalArgumentException("--migrate-files-to takes one value: s3");
		}
		boolean clean = migration.toS3().clean();
		System.exit(SpringApplication.exit(context, () -> clean ? 0 : 1));
	}
}
