import type * as OpenIdClient from 'openid-client';

export type OpenIdClientModule = typeof OpenIdClient;

let loaded: OpenIdClientModule | undefined;

/**
 * openid-client 6 ships as an ES module only, and the api is CommonJS (webpack-built; ts-jest in
 * the tests). TypeScript would compile `import()` to `require()`, and Jest refuses a real `import()`
 * without --experimental-vm-modules. Node's own require loads ES modules (require(esm), on by default
 * since Node 20.19, our engines floor), so the module is loaded through Node's real `createRequire`,
 * which neither webpack nor Jest rewrites. docs/toolchain-notes.md says more.
 */
export function loadOpenIdClient(): OpenIdClientModule {
  if (!loaded) {
    const nodeModule = process.getBuiltinModule('node:module') as typeof import('node:module');
    loaded = nodeModule.createRequire(__filename)('openid-client') as OpenIdClientModule;
  }
  return loaded;
}
