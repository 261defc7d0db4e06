import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/generated/**", "src/cli/progress.ts"],
      // Just under what `vitest run --coverage` measured on 2026-11-23
      // (statements 79.0%, branches 79.0%, functions 74.8%, lines 79.1%);
      // npm test fails below them. Raise them as tests are added.
      thresholds: { statements: 78, branches: 78, functions: 74, lines: 78 },
    },
  },
});
