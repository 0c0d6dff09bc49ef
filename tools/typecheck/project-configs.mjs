// The tsconfigs the type check covers, each parsed with the options its project is built and tested with.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** tsconfig.integration.json lists every server file; it owns only what no project's tsconfig lists (integration specs and their helpers). */
export const CATCH_ALL_CONFIG = 'tsconfig.integration.json';

function projectDirs(dir) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory() || name === 'node_modules') continue;
    if (existsSync(join(path, 'project.json'))) found.push(path);
    else found.push(...projectDirs(path));
  }
  return found;
}

/** Each project's app, lib and spec tsconfigs; a bare tsconfig.json only where the project has no app or lib one (console-e2e). */
function configPaths() {
  const perProject = projectDirs('apps')
    .concat(projectDirs('libs'))
    .flatMap((dir) => {
      const [app, lib, spec, bare] = ['tsconfig.app.json', 'tsconfig.lib.json', 'tsconfig.spec.json', 'tsconfig.json'].map((c) => join(dir, c));
      return [app, lib, spec].filter(existsSync).concat(existsSync(app) || existsSync(lib) ? [] : [bare].filter(existsSync));
    });
  return [...perProject, CATCH_ALL_CONFIG];
}

// Angular specs compile for Jest as CommonJS; type-check them with the resolution Angular's packages need.
const overridesFor = (path) =>
  path.includes('console') && path.endsWith('tsconfig.spec.json') ? { module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler } : {};

const parseHost = {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
};

/** @returns {{ path: string, options: ts.CompilerOptions, fileNames: string[], errors: ts.Diagnostic[] }[]} */
export function projectConfigs() {
  return configPaths().map((path) => {
    const parsed = ts.getParsedCommandLineOfConfigFile(path, { ...overridesFor(path), noEmit: true }, parseHost);
    return { path, options: parsed.options, fileNames: parsed.fileNames, errors: parsed.errors };
  });
}
