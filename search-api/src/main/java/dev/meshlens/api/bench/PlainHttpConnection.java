package dev.meshlens.api.bench;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that POSTs bodies to one endpoint or GETs paths of its server,
 * blocking, and reads the answers, as a load generator such as {@code wrk} does: the benchmark
 * measures the server, and on a 2-core machine a heavier client (java.net.http costs about as much
 * CPU per request as a lineage push itself) would be measured with it. Reads bodies sent with a
 * {@code Content-Length} or chunked.
 */
public final class PlainHttpConnection implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final String host;
  private final byte[] postHead;

  /** Connects to the server of {@code endpoint}; {@link #post} sends to its path. */
  public PlainHttpConnection(URI endpoint) throws IOException {
    this(endpoint, null);
  }

  /**
   * Like {@link #PlainHttpConnection(URI)}, sending {@code authorization} (such as {@code Bearer
   * <token>}; null: none) with every request.
   */
  public PlainHttpConnection(URI endpoint, String authorization) throws IOException {
    socket = new Socket(endpoint.getHost(), endpoint.getPort());
    socket.setTcpNoDelay(true);
    out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    host =
        "\r\nHost: "
            + endpoint.getHost()
            + ":"
            + endpoint.getPort()
            + "\r\n"
            + (authorization == null ? "" : "Authorization: " + authorization + "\r\n");
    postHead =
        ("POST "
                + endpoint.getRawPath()
                + " HTTP/1.1"
                + host
                + "Content-Type: application/json; charset=UTF-8\r\nContent-Length: ")
            .getBytes(US_ASCII);
  }

  /** Posts {@code body} to the endpoint; returns the status code and the answer's body. */
  public Answer post(byte[] body) throws IOException {
    out.write(postHead);
    out.write((body.length + "\r\n\r\n").getBytes(US_ASCII));
    out.write(body);
    out.flush();
    return answer();
  }

  /** Gets {@code pathAndQuery} (already percent-encoded) from the endpoint's server. */
  public Answer get(String pathAndQuery) throws IOException {
    out.write(("GET " + pathAndQuery + " HTTP/1.1" + host + "\r\n").getBytes(US_ASCII));
    out.flush();
    return answer();
  }

  private Answer answer() throws IOException {
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    int length = 0;
    boolean chunked = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(header.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    byte[] body = chunked ? chunks() : in.readNBytes(length);
    return new Answer(code, new String(body, UTF_8));
  }

  private byte[] chunks() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int size = chunkSize(); size > 0; size = chunkSize()) {
      body.write(in.readNBytes(size));
      line(); // the CRLF after the chunk
    }
    for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
      // trailers are not used
    }
    return body.toByteArray();
  }

  private int chunkSize() throws IOException {
    String line = line();
    int extension = line.indexOf(';');
    return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
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
  public record Answer(int status, String body) {}

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
