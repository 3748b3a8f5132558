// npm run db:seed — loads the demo commune into an empty database (embedded, or DATABASE_URL).
import { openDatabase } from "../src/server/db/client.ts";
import { isDatabaseEmpty, seedDemoCommune } from "../src/server/demo/seed.ts";

const db = await openDatabase();
try {
  if (!(await isDatabaseEmpty(db.prisma))) {
    console.log("The database already holds a commune: demo data not loaded.");
  } else {
    const started = performance.now();
    const { households } = await seedDemoCommune(db.prisma);
    console.log(`Demo commune Chợ Chùa loaded: ${households} households (${Math.round(performance.now() - started)} ms).`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
