// A transport takes one message and either accepts it (the provider's reference, if any) or throws
// a TransportError saying whether trying again later may help.
import type { MessageTransport } from "@/generated/prisma/enums";

export type OutgoingMessage = {
  /** The outbox row's id: the idempotency key (Message-ID, the gateway's "id"). */
  id: string;
  recipient: string;
  subject: string;
  body: string;
};

export type Transport = {
  kind: Exclude<MessageTransport, "PRINT">;
  send(message: OutgoingMessage): Promise<{ ref: string | null }>;
  close?(): Promise<void>;
};

export class TransportError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
