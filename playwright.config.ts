import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// A database of its own, seeded from the curated dataset, so local imports never change what tests see.
const E2E_DB = `file:${path.resolve("prisma/data/e2e.db")}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      // The system Chromium: downloading Playwright's own browser is not possible on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // Production build (built by `npm run test:e2e` first); db:ensure migrates and seeds the e2e database.
    command: `npm run start -- --port ${PORT}`,
    url: `http://localhost:${PORT}/methodology`,
    env: { DATABASE_URL: E2E_DB, NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
