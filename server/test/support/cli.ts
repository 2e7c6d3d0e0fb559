import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cliPath = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

/** Runs `xunkao <args>` from source as an operator would, against the given environment. */
export function runCli(args: string[], env: Record<string, string>): { code: number; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, ['--import', 'tsx', cliPath, ...args], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}
