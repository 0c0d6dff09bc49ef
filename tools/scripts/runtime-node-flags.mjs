// The V8 flags the api and the worker run with, wherever they run: npm start and the e2e stack
// (stack.mjs), the benchmarks (bench-stack.mjs) and the images (Dockerfile, which repeats them: keep
// the two alike). A young generation fixed at 16 MiB per semi-space: V8 otherwise grows and shrinks it
// with the allocation rate, and the api's RSS swung by a third from minute to minute under the soak
// (235–347 MiB) with no leak behind it; fixed, it held within 1 % (npm run bench:soak). Node refuses
// --min-semi-space-size in NODE_OPTIONS, so they go on the command line.
export const RUNTIME_NODE_FLAGS = ['--min-semi-space-size=16', '--max-semi-space-size=16'];
