import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** Tests run against the current lexicon files: bundle them first. */
export default function setup(): void {
  execFileSync(process.execPath, [join(__dirname, "../scripts/build-lexicons.mjs")], {
    stdio: "ignore",
  });
}
