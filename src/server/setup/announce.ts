// At server start (src/instrumentation.ts): while the install has no commune, make sure the
// first-run token exists and print it, so whoever reads the server log can open /setup.
import { getDb } from "../db";
import { doesAnyCommuneExist } from "./create-commune";
import { ensureSetupToken, type DataDirEnv } from "./token";

export async function announceSetupToken(env: DataDirEnv = process.env): Promise<void> {
  // The app's own database handle: the embedded database admits one opener per process.
  if (await doesAnyCommuneExist(await getDb())) return;
  const { token, file } = ensureSetupToken(env);
  const rule = "*".repeat(72);
  console.log(
    [
      rule,
      "[setup] Chưa có xã, phường nào. Mở /setup để thiết lập xã và tài khoản quản trị đầu tiên,",
      "        hoặc chạy: npm run setup",
      "[setup] No commune yet: open /setup with this one-time token (or run npm run setup).",
      "",
      `        Mã thiết lập / setup token: ${token}`,
      "",
      `        (lưu trong ${file}; tệp được xóa sau khi thiết lập xong)`,
      rule,
    ].join("\n"),
  );
}
