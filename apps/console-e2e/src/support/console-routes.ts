import { workspaceRoot } from '@nx/devkit';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const APP_ROUTES = 'apps/console/src/app/app.routes.ts';
const CONSOLE_LIBS = 'libs/console';

const PATH = /path:\s*'([^']*)'/g;
/** `loadChildren: () => import('@navdesk/console/<lib>').then((m) => m.<export>)`: where a lib's routes are mounted. */
const MOUNT = /import\(\s*'@navdesk\/console\/[\w-]+'\s*\)\s*\.then\(\s*\(m\)\s*=>\s*m\.(\w+)\s*\)/;
const EXPORTED_ROUTES = /export const (\w+)\s*:\s*Route\[\]\s*=/g;

const join_ = (...parts: string[]) => `/${parts.filter(Boolean).join('/')}`;

/**
 * Every route path of the console, read from its route files as text ('/patients/:ref/brief', '/**'):
 * the app's own routes, and each lib's routes under the path the app mounts them at. The parents of
 * nested routes (the shell, the admin and training layouts) are all `''`, so a child's path is its mount
 * plus its own path. Throws when a lib's routes are not mounted, rather than skipping them.
 */
export function consoleRoutePaths(): string[] {
  const app = readFileSync(join(workspaceRoot, APP_ROUTES), 'utf8');
  const mounts = new Map<string, string>();
  const routes = new Set<string>();
  const paths = [...app.matchAll(PATH)];
  paths.forEach((match, i) => {
    const until = paths[i + 1]?.index ?? app.length;
    const mounted = MOUNT.exec(app.slice(match.index, until));
    if (mounted?.[1]) mounts.set(mounted[1], match[1] ?? '');
    else routes.add(join_(match[1] ?? ''));
  });

  for (const lib of readdirSync(join(workspaceRoot, CONSOLE_LIBS))) {
    const dir = join(workspaceRoot, CONSOLE_LIBS, lib, 'src', 'lib');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.routes.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const blocks = [...text.matchAll(EXPORTED_ROUTES)];
      blocks.forEach((block, i) => {
        const name = block[1] ?? '';
        const mount = mounts.get(name);
        if (mount === undefined) throw new Error(`${name} (${lib}/${file}) is not mounted in ${APP_ROUTES}`);
        const body = text.slice(block.index, blocks[i + 1]?.index ?? text.length);
        for (const path of body.matchAll(PATH)) routes.add(join_(mount, path[1] ?? ''));
      });
    }
  }
  return [...routes].sort();
}
