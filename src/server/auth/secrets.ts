// argon2id for passwords and PINs (OWASP-recommended parameters for argon2id: m=19 MiB, t=2, p=1).
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashSecret(secret: string): Promise<string> {
  return hash(secret.normalize("NFC"), OPTIONS);
}

// PINs are issued by the thousand and only ever checked behind the sign-in limits, so they use
// lighter (still argon2id) parameters; the parameters travel inside each hash.
const PIN_OPTIONS = { memoryCost: 8_192, timeCost: 2, parallelism: 1 } as const;

export function hashPin(pin: string): Promise<string> {
  return hash(pin, PIN_OPTIONS);
}

export async function verifySecret(hashed: string, secret: string): Promise<boolean> {
  try {
    return await verify(hashed, secret.normalize("NFC"));
  } catch {
    return false; // a malformed stored hash never lets anyone in
  }
}

// Verified against when the account does not exist, so a wrong username costs the same time.
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  return (dummy ??= hashSecret("no-such-account"));
}
