// Test harness of the browser tests: command-line arguments, a temporary index built with the
// real indexer, the real server on a free loopback port (stopped by its PID), Debian's chromium
// through playwright-core, and a tiny runner that prints "N passed, M failed".
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Parses --name value pairs; the four paths are required. */
export function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(`bad argument ${argv[i]}`);
    args[argv[i].slice(2)] = argv[i + 1];
  }
  for (const key of ['server', 'indexer', 'corpus', 'out']) {
    if (!args[key]) throw new Error(`missing --${key}`);
  }
  return args;
}

/** A fresh temporary directory, removed by the returned cleanup function. */
export function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratsarchiv-browser-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the real indexer on the corpus into `dbDir`. */
export function buildIndex(indexer, corpus, dbDir) {
  const result = spawnSync(indexer, ['--db', dbDir, corpus], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`indexer exited ${result.status}: ${(result.stderr || '').slice(-2000)}`);
  }
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the server and resolves once it answers /api/health; `stop()` ends it by PID. */
export async function startServer(serverBin, dbDir, logFile) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const log = fs.openSync(logFile, 'a');
    const child = spawn(serverBin, ['--db', dbDir, '--bind', '127.0.0.1', '--port', String(port)], {
      stdio: ['ignore', log, log],
    });
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    const ready = await waitForHealth(base, exited);
    if (ready) {
      return {
        base,
        pid: child.pid,
        stop: async () => {
          process.kill(child.pid, 'SIGTERM');
          const timer = setTimeout(() => process.kill(child.pid, 'SIGKILL'), 10000);
          await exited;
          clearTimeout(timer);
        },
      };
    }
    if (child.exitCode === null) process.kill(child.pid, 'SIGKILL');
  }
  throw new Error(`server did not start; see ${logFile}`);
}

// Polls until the server answers or its process ends (a port taken between freePort() and the
// server's bind makes it exit, and the caller retries with another port).
async function waitForHealth(base, exited) {
  let gone = false;
  exited.then(() => { gone = true; });
  const deadline = Date.now() + 30000;
  while (!gone && Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return true;
    } catch (_) {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Collects named tests and runs them in order, each isolated from the others' failures. */
export class Runner {
  constructor() {
    this.tests = [];
    this.passed = 0;
    this.failed = 0;
  }

  test(name, fn) {
    this.tests.push({ name, fn });
  }

  async run(context) {
    for (const { name, fn } of this.tests) {
      const started = Date.now();
      try {
        await fn(context);
        this.passed += 1;
        console.log(`ok   ${name} (${Date.now() - started} ms)`);
      } catch (err) {
        this.failed += 1;
        console.log(`FAIL ${name}\n     ${String(err && err.stack ? err.stack : err).split('\n').slice(0, 4).join('\n     ')}`);
      }
    }
  }
}

/** Throws with `message` unless `condition` holds. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}
