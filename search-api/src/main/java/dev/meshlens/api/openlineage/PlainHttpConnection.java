package dev.meshlens.api.openlineage;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that POSTs bodies and reads the answers, blocking, as a load
 * generator such as {@code wrk} does: the benchmark measures the server, and on a 2-core machine a
 * heavier client (java.net.http costs about as much CPU per request as the push itself) would be
 * measured with it. Answers with a {@code Content-Length} body only (what Javalin sends).
 */
final class PlainHttpConnection implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final byte[] head;

  PlainHttpConnection(URI endpoint) throws IOException {
    socket = new Socket(endpoint.getHost(), endpoint.getPort());
    socket.setTcpNoDelay(true);
    out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    head =
        ("POST "
                + endpoint.getRawPath()
                + " HTTP/1.1\r\nHost: "
                + endpoint.getHost()
                + ":"
                + endpoint.getPort()
                + "\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: ")
            .getBytes(US_ASCII);
  }

  /** Posts {@code body}; returns the status code and the answer's body. */
  Answer post(byte[] body) throws IOException {
    out.write(head);
    out.write((body.length + "\r\n\r\n").getBytes(US_ASCII));
    out.write(body);
    out.flush();
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    int length = 0;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(header.substring(15).trim());
      }
    }
    return new Answer(code, new String(in.readNBytes(length), US_ASCII));
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("The server closed the connection");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  /** A status code and a body. */
  record Answer(int status, String body) {}

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
