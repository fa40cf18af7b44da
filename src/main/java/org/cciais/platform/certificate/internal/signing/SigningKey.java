package org.cciais.platform.certificate.internal.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** The association's signing key with its certificate (first in {@code chain}). */
record SigningKey(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain, String source) {
}
