// The V8 flags the api and the worker run with, wherever they run: npm start and the e2e stack
// (stack.mjs), the benchmarks (bench-stack.mjs) and the images (Dockerfile, which repeats them: keep
// the two alike). Both are measured by npm run bench:soak:
// - A young generation fixed at 16 MiB per semi-space: V8 otherwise grows and shrinks it with the
//   allocation rate, and the api's RSS swung by a third from minute to minute (235–347 MiB) with no leak
//   behind it; fixed, it held within 1 %.
// - An old generation capped at 1 GiB: V8 sizes the room it leaves for garbage between full collections
//   by the heap limit, which by default follows the machine's memory (4 GiB here) and lets the old
//   generation reach about three times what is live. The worker keeps about 60 MiB live, yet its old space
//   stepped from 80 to 190 MiB in the third minute and its RSS from 280 to 365 MiB. Capped, full
//   collections come sooner: the worker's RSS held at 221–225 MiB and the api's at 250 MiB, both flat,
//   with the intake ratio unchanged. 1 GiB is 15 times what either keeps live.
// Node refuses --min-semi-space-size in NODE_OPTIONS, so they go on the command line.
export const RUNTIME_NODE_FLAGS = ['--min-semi-space-size=16', '--max-semi-space-size=16', '--max-old-space-size=1024'];
