// Groups tsconfigs whose checking options are identical into one program, and says which files each program answers for.
import { CATCH_ALL_CONFIG } from './project-configs.mjs';

// Options that only say where output goes: they never change a diagnostic, so configs differing only in them share a program.
const OUTPUT_ONLY = new Set(['configFilePath', 'outDir', 'declarationMap', 'inlineSources', 'sourceMap', 'tsBuildInfoFile']);

const optionsKey = (options) =>
  JSON.stringify(
    Object.keys(options)
      .filter((k) => !OUTPUT_ONLY.has(k))
      .sort()
      .map((k) => [k, options[k]]),
  );

/** How a program's files are compiled as modules: contracts, compiled for Node and for the browser, is checked for each. */
export const moduleSystem = (options) => JSON.stringify([options.module, options.moduleResolution, Boolean(options.isolatedModules)]);

/**
 * A file is checked under the options of every project tsconfig that lists it (today each file has one);
 * the catch-all config checks only the files no project lists.
 * @param {ReturnType<typeof import('./project-configs.mjs').projectConfigs>} configs
 */
export function planPrograms(configs) {
  const listedByProject = new Set(configs.filter((c) => c.path !== CATCH_ALL_CONFIG).flatMap((c) => c.fileNames));
  const programs = new Map();
  for (const config of configs) {
    const key = optionsKey(config.options);
    const program = programs.get(key) ?? { configPaths: [], options: config.options, rootNames: new Set(), ownedFiles: new Set() };
    program.configPaths.push(config.path);
    for (const file of config.fileNames) {
      program.rootNames.add(file);
      if (config.path !== CATCH_ALL_CONFIG || !listedByProject.has(file)) program.ownedFiles.add(file);
    }
    programs.set(key, program);
  }
  return [...programs.values()]
    .map((p) => ({ ...p, rootNames: [...p.rootNames], ownedFiles: [...p.ownedFiles] }))
    .sort((a, b) => b.ownedFiles.length - a.ownedFiles.length);
}

/** For each owned file, the module systems its owning programs check it under. */
export function ownersModuleSystems(programs) {
  const systems = {};
  for (const p of programs) for (const file of p.ownedFiles) (systems[file] ??= []).push(moduleSystem(p.options));
  return systems;
}
