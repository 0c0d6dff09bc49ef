// Worker: builds one program and type-checks the files it owns. A file it merely imports is read for its types
// and checked by the program that owns it, unless that program compiles modules differently (contracts is owned by
// a Node program and imported by the console's). A project file no tsconfig lists is checked wherever it is loaded.
import { parentPort, workerData } from 'node:worker_threads';
import ts from 'typescript';
import { moduleSystem } from './plan-programs.mjs';

const { rootNames, options, ownedFiles, ownersModuleSystems } = workerData;
const started = Date.now();
const program = ts.createProgram({ rootNames, options });
const owned = new Set(ownedFiles);
const mine = moduleSystem(options);
const isProjectFile = (sf) => !sf.fileName.includes('/node_modules/') && !program.isSourceFileDefaultLibrary(sf);
const checkedElsewhere = (sf) => ownersModuleSystems[sf.fileName]?.includes(mine) ?? false;
const toCheck = program.getSourceFiles().filter((sf) => owned.has(sf.fileName) || (isProjectFile(sf) && !checkedElsewhere(sf)));
const emitsDeclarations = Boolean(options.declaration || options.composite);

const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
for (const sf of toCheck) {
  diagnostics.push(...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf));
  // tsc --noEmit reports declaration-emit errors too when a config asks for declarations (the lib configs do).
  if (emitsDeclarations && !sf.isDeclarationFile) diagnostics.push(...program.getDeclarationDiagnostics(sf));
}

const formatHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' };
parentPort.postMessage({
  errors: diagnostics.map((d) => ts.formatDiagnostic(d, formatHost)),
  checked: toCheck.length,
  unlisted: toCheck.filter((sf) => !ownersModuleSystems[sf.fileName]).map((sf) => sf.fileName),
  loaded: program.getSourceFiles().length,
  seconds: (Date.now() - started) / 1000,
});
