import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: a receipt code is read aloud over the phone and copied by hand.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newReceiptCode(length = 8): string {
  let code = "";
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
