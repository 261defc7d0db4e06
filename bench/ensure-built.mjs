// Rebuild dist/ (npm run build) when any file under src/ or lexicons/ is
// (except the generated bundle of lexicons) is newer than the bundle, so the benchmark always measures the current code.
import { existsSync, readdirSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

function newest(dir) {
  return (
    readdirSync(dir, { withFileTypes: true, recursive: true })
      // src/generated is written by the build itself (and by the test setup).
      .filter((e) => e.isFile() && !(e.parentPath ?? e.path).includes("generated"))
      .reduce((t, e) => Math.max(t, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs), 0)
  );
}

export function ensureBuilt(root) {
  const bundle = join(root, "dist/index.js");
  const sources = Math.max(newest(join(root, "src")), newest(join(root, "lexicons")));
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= sources) return false;
  execFileSync("npm", ["run", "-s", "build"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return true;
}
