package org.cciais.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@Modulithic(sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PlatformApplication {

	public static void main(String[] args) {
		if (java.util.Arrays.stream(args)
			.anyMatch(a -> a.startsWith("--migrate-files-to") || a.equals("--rotate-crypto-key"))) {
			// a one-off command beside running nodes: no fixed port to collide with theirs
			System.setProperty("server.port", "0");
		}
		SpringApplication.run(PlatformApplication.class, args);
	}
}
