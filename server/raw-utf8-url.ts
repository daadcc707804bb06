/**
 * Raw UTF-8 in the request line: `curl 'http://localhost:3000/api/search?q=بموسكو'` sends the Arabic
 * letters as bytes, unencoded. Node's HTTP parser (llhttp, strict or not) rejects any byte above 0x7F
 * in a URL with HPE_INVALID_URL and, by default, answers an empty 400: the user sees nothing at all.
 *
 * Browsers always percent-encode, so only hand-typed requests hit this. When the rejected request
 * is a complete GET or HEAD whose request line is valid UTF-8, we percent-encode those bytes (what
 * the user meant, RFC 3986 §2.5) and hand the request to the server again on a stream of its own
 * (`server.emit('connection', duplex)`, which Node documents for injecting connections). Anything
 * else that the parser rejects gets the status Node would send, with a JSON body that says why.
 */
import type { Server } from 'node:http';
import { Duplex } from 'node:stream';

/** The bytes of a GET/HEAD request with its request line's non-ASCII bytes percent-encoded; null when not applicable. */
export function percentEncodeRequestLine(packet: Buffer): Buffer | null {
  const lineEnd = packet.indexOf('\r\n');
  // Only a complete head: a request cut across packets is not ours to reassemble.
  if (lineEnd < 0 || packet.indexOf('\r\n\r\n') < 0) return null;
  const line = packet.subarray(0, lineEnd);
  if (!/^(GET|HEAD) \S+ HTTP\/1\.[01]$/.test(line.toString('latin1'))) return null;
  if (!line.some((b) => b >= 0x80)) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(line);
  } catch {
    return null; // not UTF-8 (e.g. Windows-1256 bytes): we would guess, so refuse as Node does
  }
  let encoded = '';
  for (const b of line) encoded += b >= 0x80 ? `%${b.toString(16).toUpperCase()}` : String.fromCharCode(b);
  return Buffer.concat([Buffer.from(encoded, 'latin1'), packet.subarray(lineEnd)]);
}

/** Node's own answers to parse errors (lib/_http_server.js socketOnError), kept, with a reason in JSON. */
function statusFor(code: string | undefined): [number, string] {
  switch (code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'Request Timeout'];
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'Request Header Fields Too Large'];
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return [413, 'Payload Too Large'];
    default:
      return [400, 'Bad Request'];
  }
}

function reject(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, text] = statusFor(err.code);
  const message =
    err.code === 'HPE_INVALID_URL'
      ? 'the URL has characters that must be percent-encoded; with curl use -G --data-urlencode "q=…"'
      : `the request could not be parsed (${err.code ?? err.message})`;
  const body = JSON.stringify({ error: { code: 'bad_request', message } });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Hands `bytes` to `server` as a new connection whose answers go to `socket`. */
function replay(server: Server, socket: Duplex & { remoteAddress?: string; remotePort?: number }, bytes: Buffer): void {
  const inner = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, done) {
      socket.write(chunk, done);
    },
    final(done) {
      socket.end();
      done();
    },
    destroy(error, done) {
      socket.destroy();
      done(error);
    },
  });
  // The rate limit and logs key on the client's address.
  Object.defineProperties(inner, {
    remoteAddress: { value: socket.remoteAddress },
    remotePort: { value: socket.remotePort },
  });
  socket.on('close', () => inner.destroy());
  inner.push(bytes);
  server.emit('connection', inner);
}

/** Makes `server` answer raw UTF-8 URLs as if they were percent-encoded, and parse errors with a JSON reason. */
export function acceptRawUtf8Urls(server: Server): Server {
  server.on('clientError', (err: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
    const fixed = err.code === 'HPE_INVALID_URL' && err.rawPacket ? percentEncodeRequestLine(err.rawPacket) : null;
    if (fixed) replay(server, socket, fixed);
    else reject(err, socket);
  });
  return server;
}
