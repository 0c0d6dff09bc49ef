// `promtool check config` on ops/prometheus/prometheus.yml where promtool is installed (Debian's
// `prometheus` package; .ci/run installs it). The token file the config names exists only inside the
// compose stack, so the check runs on a copy pointing at a temporary one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
if (spawnSync('promtool', ['--version'], { stdio: 'ignore' }).error) {
  process.stdout.write('promtool check config: skipped, promtool is not installed (apt-get install prometheus)\n');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'navdesk-prometheus-'));
try {
  writeFileSync(join(dir, 'metrics_token'), 'a-token-for-the-check\n');
  const config = readFileSync(join(root, 'ops/prometheus/prometheus.yml'), 'utf8').replaceAll('/run/secrets/metrics_token', join(dir, 'metrics_token'));
  writeFileSync(join(dir, 'prometheus.yml'), config);
  const check = spawnSync('promtool', ['check', 'config', join(dir, 'prometheus.yml')], { encoding: 'utf8' });
  if (check.status !== 0) {
    process.stderr.write(`ops/prometheus/prometheus.yml: ${check.stdout}${check.stderr}`);
    process.exit(1);
  }
  process.stdout.write('promtool check config: ops/prometheus/prometheus.yml is valid\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
