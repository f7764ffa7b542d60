// An SMTP server that keeps what it receives: the demo's mail server (npm run demo starts it, so the demo
// needs no real one) and the tests' (they start their own on a free port). It refuses, for good (550), any
// recipient whose address starts with "bounce", and for now (451) one starting with "defer": how the demo and
// the tests show a bounce and a temporary refusal.
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

export interface Received {
  from: string;
  to: string[];
  raw: string;
}

export interface Sink {
  port: number;
  received: Received[];
  close(): Promise<void>;
}

export async function startSink({
  port = 0,
  host = "127.0.0.1",
  onMessage,
  delayMs = 0,
}: {
  port?: number;
  host?: string;
  onMessage?: (m: Received) => void;
  /** How long the server takes to accept each message (a slow server; the tests' crash window). */
  delayMs?: number;
} = {}): Promise<Sink> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      if (/^defer/i.test(address.address)) {
        const error = new Error("Hộp thư tạm thời không nhận, hãy thử lại sau") as Error & { responseCode: number };
        error.responseCode = 451;
        return callback(error);
      }
      if (/^bounce/i.test(address.address)) {
        const error = new Error(`Hộp thư ${address.address} không tồn tại`) as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const message = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        };
        // Kept when accepted: like a real server, it delivers what it has accepted even if the client has gone.
        setTimeout(() => {
          received.push(message);
          onMessage?.(message);
          callback();
        }, delayMs);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
