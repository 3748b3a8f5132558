// npm run sender — the outbox's sender on its own (src/server/outbox/sender.ts), for a deployment
// that scales the web tier apart; `npm start` runs one beside the web server. Configured by the
// environment (src/server/outbox/config.ts); with no transport configured it still plans, and what
// is due goes to the print list. SIGTERM or SIGINT: the messages in hand are finished, then it exits.
import { openDatabase } from "../src/server/db/client.ts";
import { senderConfig } from "../src/server/outbox/config.ts";
import { startSender } from "../src/server/outbox/sender.ts";
import { transportsFrom } from "../src/server/outbox/transports/index.ts";

const config = senderConfig();
const db = await openDatabase();
const transports = transportsFrom(config);
const sender = await startSender(db.prisma, {
  url: db.url,
  config,
  transports,
  name: process.env.SENDER_ID || undefined,
});
console.log(
  `[sender] ${sender.name}: ${transports.map((t) => t.kind).join(", ") || "no transport configured (print list only)"}`,
);
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void sender
    .stop()
    .then(() => db.close())
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
};
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, stop);
// Started by `npm start` (scripts/serve.mjs): its parent gone, even by kill -9, it stops too.
if (process.send) process.on("disconnect", stop);
await sender.run();
