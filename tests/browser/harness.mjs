// Test harness of the browser tests: command-line arguments, a temporary index built with the
// real indexer, the real server on a free loopback port (stopped by its PID), Debian's chromium
// through playwright-core, and a tiny runner that prints "N passed, M failed".
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
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

/**
 * Starts the server on a free loopback port (port 0: the kernel picks one) and resolves once
 * it prints the address it listens on; `stop()` ends it by its PID with SIGTERM.
 */
export function startServer(serverBin, dbDir, logFile) {
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  // server.stop_with_parent: a runner killed mid-run leaves no server behind.
  const child = spawn(serverBin, ['--db', dbDir, '--bind', '127.0.0.1', '--port', '0',
    '--set', 'server.stop_with_parent=true'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 10000);
    await exited;
    clearTimeout(timer);
    log.end();
  };
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      log.write(chunk);
      seen += chunk.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m) {
        seen = '';
        resolve({ base: m[1], pid: child.pid, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then((code) => reject(new Error(`server exited (${code}) before listening; see ${logFile}`)));
  });
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
