// The one test command (npm test): unit and component tests, then the browser tests against a fresh
// production build in headless Chromium. Ends with one line "N passed, N failed" over every suite.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const OUT = 'test-output';
mkdirSync(OUT, { recursive: true });

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function suite(name, config) {
  const file = `${OUT}/${name}.json`;
  rmSync(file, { force: true });
  const status = run('npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${file}`,
  ]);
  if (!existsSync(file)) return { passed: 0, failed: 1, status };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A suite that failed to load counts as a failure even when no test inside it ran.
  const broken = report.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + broken, status };
}

const results = [suite('unit', 'vitest.config.ts')];

const chromium = ensureChromium();
if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) {
  results.push({ passed: 0, failed: 1, status: 1 });
} else {
  process.env.CHROMIUM_PATH = chromium;
  results.push(suite('e2e', 'vitest.e2e.config.ts'));
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const ok = failed === 0 && results.every((r) => r.status === 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
