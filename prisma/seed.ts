// npm run db:seed — loads the demo province into an empty database (embedded, or DATABASE_URL).
import { openDatabase } from "../src/server/db/client.ts";
import { isDatabaseEmpty, seedDemoProvince } from "../src/server/demo/seed.ts";

const db = await openDatabase();
try {
  if (!(await isDatabaseEmpty(db.prisma))) {
    console.log("The database already holds a commune: demo data not loaded.");
  } else {
    const started = performance.now();
    const { communes } = await seedDemoProvince(db.prisma);
    const list = communes.map((c) => `${c.name} (${c.households} households)`).join(", ");
    console.log(`Demo province Quảng Ngãi loaded: ${list} (${Math.round(performance.now() - started)} ms).`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
