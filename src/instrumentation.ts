// Next.js calls register() once when a server instance starts (next start, next dev).
export async function register() {
  // Node.js only (the setup token touches the file system and the database), and never during
  // `next build`, which must not open the database.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { announceSetupToken } = await import("./server/setup/announce");
  try {
    await announceSetupToken();
  } catch (e) {
    // A database that cannot be opened now is reported by the first request; start anyway.
    console.error(`[setup] could not check for a first-run setup: ${(e as Error).message}`);
  }
}
