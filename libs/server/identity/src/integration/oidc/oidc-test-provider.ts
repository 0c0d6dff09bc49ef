import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface OidcTestAccount {
  sub: string;
  email: string;
  /** Left out: the provider sends no email_verified claim (as Entra ID v2.0 usually does). */
  email_verified?: boolean;
  /** Defaults to email. */
  preferred_username?: string;
}

export interface OidcTestClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}

export interface OidcTestProvider {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * Starts oidc-test-provider.mjs (a real oidc-provider) in a child process: oidc-provider is an ES
 * module only, which Jest's CommonJS runtime cannot load. Resolves once it listens.
 */
export async function startOidcTestProvider(client: OidcTestClient, accounts: OidcTestAccount[]): Promise<OidcTestProvider> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-test-provider.mjs')], {
    env: { ...process.env, NODE_ENV: 'test', OIDC_TEST_CLIENT: JSON.stringify(client), OIDC_TEST_ACCOUNTS: JSON.stringify(accounts) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (!child.stdout) throw new Error('the test OpenID provider has no stdout');
  const lines = createInterface({ input: child.stdout });
  const started = new Promise<string>((resolve, reject) => {
    lines.once('line', (line) => resolve((JSON.parse(line) as { issuer: string }).issuer));
    child.once('exit', (code) => reject(new Error(`the test OpenID provider exited (${code}): ${stderr}`)));
  });
  const timeout = setTimeout(() => child.kill('SIGKILL'), 20_000);
  try {
    const issuer = await started;
    return {
      issuer,
      async stop() {
        lines.close();
        if (child.exitCode === null) {
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          await exited;
        }
      },
    };
  } finally {
    clearTimeout(timeout);
  }
}
