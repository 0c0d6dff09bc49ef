const nxPreset = require('@nx/jest/preset').default;

// 2-core machines run several projects' tests at once: a generous per-test timeout keeps a slow
// moment (argon2 hashing, an Angular render) from failing a correct test. Hangs still fail.
module.exports = { ...nxPreset, testTimeout: 30_000 };
