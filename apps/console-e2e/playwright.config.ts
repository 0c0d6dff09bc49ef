import { workspaceRoot } from '@nx/devkit';
import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';
import { API_URL } from './src/support/stack-urls';

/**
 * The e2e stack (`npm run e2e:stack`): the built console served by the API, fresh seeded database,
 * on 3100 or on E2E_PORT (with CI set, a stack already answering there is an error, not reused).
 */
const baseURL = API_URL;

export default defineConfig({
  testDir: './src',
  outputDir: join(
    workspaceRoot,
    'dist/.playwright/apps/console-e2e/test-output',
  ),
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes only on its second try hides a flake; fix it at its cause.
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
      ],
    },
  },
  webServer: {
    command: 'npm run e2e:stack',
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env['CI'],
    timeout: 240_000,
    // SIGTERM lets the stack drop its database and Redis keys before it exits.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    cwd: workspaceRoot,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
          ],
        },
      },
    },
  ],
});
