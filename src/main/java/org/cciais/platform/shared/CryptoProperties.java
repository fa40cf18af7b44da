package org.cciais.platform.shared;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Keys for personal data at rest ({@code cciais.crypto.*}).
 *
 * @param key the current master key, 32 bytes Base64 ({@code CCIAIS_CRYPTO_KEY}); encrypts and hashes
 * @param oldKeys earlier master keys, comma-separated ({@code CCIAIS_CRYPTO_OLD_KEYS}); only decrypt, until
 * {@code --rotate-crypto-key} (or the next start) has re-encrypted everything with {@code key}
 */
@Validated
@ConfigurationProperties("cciais.crypto")
public record CryptoProperties(@NotBlank String key, @NotNull @DefaultValue List<String> oldKeys) {
}
