package org.cciais.platform.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The platform's general settings ({@code cciais.*}); storage, mail and crypto have records of their own
 * ({@code StorageProperties}, {@code MailProperties}, {@link CryptoProperties}). Bound and validated at start, so a
 * wrong value stops the node with a message naming it.
 *
 * @param dataDir the embedded H2 database, uploaded files (local storage) and temporary uploads
 * @param adminPassword password of {@code admin}, created on the first start
 * @param adminPasswordRequired refuse the first start without {@code adminPassword} (the prod profile sets it)
 * @param baseUrl the public address used in e-mail links and QR codes
 * @param demoData load the demo data
 * @param clock the platform clock
 * @param upload upload limits
 * @param jobs cron expressions (Asia/Shanghai) of the deadline jobs
 * @param nodeName this node's name in the job locks and the run log (empty: the host name); nodes on one host
 *        need distinct names, because a node starting releases the job locks left under its name
 * @param events resubmission of module events whose handling failed or was cut short
 */
@Validated
@ConfigurationProperties("cciais")
public record PlatformProperties(@NotBlank @DefaultValue("./data") String dataDir, String adminPassword,
		@DefaultValue("false") boolean adminPasswordRequired,
		@NotBlank @Pattern(regexp = "https?://.+", message = "cciais.base-url must start with http:// or https://") String baseUrl,
		@DefaultValue("false") boolean demoData, @Valid @NotNull @DefaultValue Clock clock,
		@Valid @NotNull @DefaultValue Upload upload, @Valid @NotNull @DefaultValue Jobs jobs, String nodeName,
		@Valid @NotNull @DefaultValue Events events) {

	/** @param adjustable enables {@code POST /api/v1/admin/clock} for rehearsals; never in production */
	public record Clock(@DefaultValue("false") boolean adjustable) {
	}

	/**
	 * @param resubmitCron how often (cron, Asia/Shanghai; {@code -} never) incomplete event publications are
	 *        handed to their listeners again, once per cluster
	 * @param resubmitAfter the age a publication must have to be resubmitted
	 */
	public record Events(@NotBlank @DefaultValue("0 */5 * * * *") String resubmitCron,
			@NotNull @DefaultValue("5m") java.time.Duration resubmitAfter) {
	}

	/** @param maxBytes the largest file accepted (the manual's 100 MB) */
	public record Upload(@Min(1) @Max(1L << 31) @DefaultValue("104857600") long maxBytes) {
	}

	/**
	 * @param registrationPurge enterprises registered 7 days without applying
	 * @param materialsDeadline applications whose 7-day materials deadline passed
	 * @param materialsReminder reminders before that deadline
	 * @param inspection annual inspection windows opening, closing and lapsing
	 * @param certificateExpiry certificates past their validity
	 */
	public record Jobs(@NotBlank @DefaultValue("0 15 * * * *") String registrationPurge,
			@NotBlank @DefaultValue("0 */5 * * * *") String materialsDeadline,
			@NotBlank @DefaultValue("0 */15 * * * *") String materialsReminder,
			@NotBlank @DefaultValue("0 15 * * * *") String inspection,
			@NotBlank @DefaultValue("0 5 * * * *") String certificateExpiry) {
	}
}
