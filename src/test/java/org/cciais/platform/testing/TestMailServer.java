package org.cciais.platform.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The one mail context of the suite: a test class that sends real mail names this initializer
 * ({@code @ContextConfiguration(initializers = TestMailServer.class)}) and nothing else about mail, so all such classes
 * share one Spring context, with mail switched on and sent to one SMTP server (GreenMail) for the whole JVM. The
 * server keeps its port when a test stops and restarts it; a fixed port such as 3025 would clash with another build
 * on the same machine. Mails of every test of the context reach it: look for yours by recipient
 * ({@link #mailsTo}).
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final GreenMail SMTP = start();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMailServer",
				Map.of("cciais.mail.enabled", "true", "spring.mail.host", "127.0.0.1", "spring.mail.port",
						SMTP.getSmtp().getPort())));
	}

	/** The running server (a test that stops it starts it again before it ends). */
	public static GreenMail smtp() {
		return SMTP;
	}

	/** Every mail received so far addressed to {@code address}, oldest first. */
	public static MimeMessage[] mailsTo(String address) {
		return received(m -> recipients(m).equalsIgnoreCase(address));
	}

	/** Every mail received so far that {@code which} selects, oldest first. */
	public static MimeMessage[] received(Predicate<MimeMessage> which) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(which).toArray(MimeMessage[]::new);
	}

	private static String recipients(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GreenMail start() {
		ServerSetup setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		setup.setServerStartupTimeout(15_000); // a loaded 2-core machine can take longer than the default 2 s
		GreenMail server = new GreenMail(setup);
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
