package org.cciais.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP to a node started by the test ({@link ClusterNode} or a child process): page log-ins with the
 * {@code SESSION} cookie that Spring Session keeps in the database, bearer tokens, multipart uploads.
 */
public final class NodeHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	public NodeHttp(int port) {
		this.port = port;
	}

	public int port() {
		return port;
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** Logs in through the login form and returns the {@code SESSION} cookie value of the signed-in session. */
	public String login(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html").GET(),
				null);
		String cookie = session(page);
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new AssertionError("no CSRF token on /login: " + page.body());
		}
		String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), cookie);
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || !location.endsWith("/portal")) {
			throw new AssertionError("log-in of " + username + " refused: " + answer.statusCode() + " " + location);
		}
		return session(answer);
	}

	/** A GET with the session cookie (or none). */
	public HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET(), session);
	}

	public HttpResponse<byte[]> download(String path, String session) throws IOException, InterruptedException {
		return download(path, session, null);
	}

	/** A GET of a file with the session cookie or the bearer token (or neither). */
	public HttpResponse<byte[]> download(String path, String session, String bearer)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** An API bearer token. */
	public String token(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> answer = json("POST", "/api/v1/auth/token", null,
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
		if (answer.statusCode() != 200 || !token.find()) {
			throw new AssertionError("no token for " + username + ": " + answer.statusCode() + " " + answer.body());
		}
		return token.group(1);
	}

	public HttpResponse<String> json(String method, String path, String bearer, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A multipart request with a JSON part {@code data} (when not null) and a file part {@code file}. */
	public HttpResponse<String> multipart(String method, String path, String bearer, String data, String fileName,
			String contentType, byte[] file) throws IOException, InterruptedException {
		String boundary = "----cciais" + UUID.randomUUID();
		StringBuilder head = new StringBuilder();
		if (data != null) {
			head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"data\"\r\n")
				.append("Content-Type: application/json\r\n\r\n").append(data).append("\r\n");
		}
		head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(fileName).append("\"\r\nContent-Type: ").append(contentType).append("\r\n\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[start.length + file.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(file, 0, body, start.length, file.length);
		System.arraycopy(end, 0, body, start.length + file.length, end.length);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * As {@link #multipart}, with the file part streamed from disk (a file of any size, never whole in this JVM's
	 * memory), waiting at most five minutes for the answer.
	 */
	public HttpResponse<String> multipart(String method, String path, String bearer, String data, String fileName,
			String contentType, Path file) throws IOException, InterruptedException {
		String boundary = "----cciais" + UUID.randomUUID();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + data + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: "
				+ contentType + "\r\n\r\n";
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.concat(
					HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
					HttpRequest.BodyPublishers.ofFile(file),
					HttpRequest.BodyPublishers.ofByteArray(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII))));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A GET of a file with the session cookie, streamed into {@code target} (at most five minutes). */
	public HttpResponse<Path> downloadTo(String path, String session, Path target)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofMinutes(5))
			.header("Cookie", "SESSION=" + session)
			.GET()
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofFile(target));
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String session)
			throws IOException, InterruptedException {
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String session(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring("SESSION=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers()));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
