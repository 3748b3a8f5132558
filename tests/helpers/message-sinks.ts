// Real receivers for the sender's transports, started by the test: an SMTP server (smtp-server)
// whose mails are parsed (mailparser) and kept, and an HTTP server playing the SMS gateway by the
// contract of docs/MESSAGES.md, which can be told to fail, to hang, or to send receipts back.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Mail = { messageId: string; to: string; subject: string; text: string };

export async function startSmtpSink(o: { reject?: (to: string) => number | null } = {}) {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, cb) {
      const code = o.reject?.(address.address);
      if (code) return cb(Object.assign(new Error(`refused ${address.address}`), { responseCode: code }));
      cb();
    },
    onData(stream, _session, cb) {
      simpleParser(stream)
        .then((m) => {
          const to = Array.isArray(m.to) ? m.to[0]?.text : m.to?.text;
          mails.push({ messageId: m.messageId ?? "", to: to ?? "", subject: m.subject ?? "", text: m.text ?? "" });
          cb();
        })
        .catch(cb);
    },
  });
  // A client killed mid-session (the sender crash test) resets its connection: the server says so
  // with an "error" event, which is that client's end, not the server's.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type GatewayRequest = { id: string; to: string; text: string; auth: string | undefined };

async function body(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The SMS gateway. `requests` is every request received; `delivered` holds each id once, as a
 * real gateway that honours the idempotency key sends each id to the phone once. `behave` may
 * answer a request with a status, or "hang" (never answer: the sender's timeout).
 */
export async function startSmsGateway(o: { behave?: (r: GatewayRequest, n: number) => number | "hang" | null } = {}) {
  const requests: GatewayRequest[] = [];
  const delivered = new Map<string, GatewayRequest>();
  const hanging = new Set<() => void>();
  const server = createServer(async (req, res) => {
    // A sender killed mid-request resets the connection: that request never arrived.
    const text = await body(req).catch(() => null);
    if (text === null) return;
    const r = { ...(JSON.parse(text) as Omit<GatewayRequest, "auth">), auth: req.headers.authorization };
    requests.push(r);
    const verdict = o.behave?.(r, requests.filter((x) => x.id === r.id).length) ?? null;
    if (verdict === "hang") {
      hanging.add(() => res.destroy());
      return;
    }
    if (verdict) {
      res.writeHead(verdict, { "content-type": "application/json" }).end(JSON.stringify({ error: "simulated" }));
      return;
    }
    if (delivered.has(r.id)) {
      res.writeHead(409, { "content-type": "application/json" }).end(JSON.stringify({ error: "duplicate id" }));
      return;
    }
    delivered.set(r.id, r);
    res.writeHead(202, { "content-type": "application/json" }).end(JSON.stringify({ ref: `gw-${delivered.size}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/send`,
    requests,
    delivered,
    close: () =>
      new Promise<void>((resolve) => {
        for (const h of hanging) h();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
