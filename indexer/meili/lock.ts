/**
 * Lock files with their owner's pid: one process at a time owns the engine of a data directory
 * (`engine.lock`) or writes to an index (`index-<uid>.lock`).
 *
 * A lock is a small JSON file created atomically (written to a private temporary file, then
 * hard-linked to the lock's name: `link` fails when the name exists, and a reader never sees a
 * half-written file). A lock whose pid is not running on this host is stale (its owner was
 * killed) and is broken by the next process that wants it. Locks are per host: processes on two
 * machines sharing one engine through MEILI_URL are not serialized by them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LockInfo {
  pid: number;
  /** What the owner is (`npm start`, `indexer --rebuild`…), for "who holds it" messages. */
  role: string;
  host: string;
  startedAt: string;
  /** Anything else the owner publishes (the engine's url and pid). */
  [key: string]: unknown;
}

export interface Lock {
  readonly file: string;
  readonly info: LockInfo;
  /** Replaces the published details (same owner). */
  update(extra: Record<string, unknown>): void;
  /** Removes the lock if it is still ours. */
  release(): void;
}

export type TryLock = { ok: true; lock: Lock } | { ok: false; holder: LockInfo };

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by another user
  }
}

/** The current holder, or null when the file is absent or unreadable. */
export function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

/** A holder on this host whose process is gone: its lock protects nothing. */
export function isStale(info: LockInfo): boolean {
  return info.host === os.hostname() && !isAlive(info.pid);
}

function writeAtomically(file: string, info: LockInfo, exclusive: boolean): boolean {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(temp, JSON.stringify(info) + '\n');
  try {
    if (exclusive) fs.linkSync(temp, file);
    else fs.renameSync(temp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Takes the lock now, breaking a stale one; or says who holds it. Never waits. */
export function tryLock(file: string, role: string, extra: Record<string, unknown> = {}): TryLock {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let info: LockInfo = { pid: process.pid, role, host: os.hostname(), startedAt: new Date().toISOString(), ...extra };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (writeAtomically(file, info, true)) {
      const lock: Lock = {
        file,
        get info() {
          return info;
        },
        update(more) {
          info = { ...info, ...more };
          if (readLock(file)?.pid === process.pid) writeAtomically(file, info, false);
        },
        release() {
          if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
        },
      };
      return { ok: true, lock };
    }
    const holder = readLock(file);
    if (holder === null) {
      // Unreadable: a lock written by an older version, or emptied by a full disk. Only its age tells.
      const age = Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age < 5_000)
        return { ok: false, holder: { pid: 0, role: 'unknown (unreadable lock file)', host: '?', startedAt: '?' } };
      fs.rmSync(file, { force: true });
      continue;
    }
    if (holder.pid === process.pid) return { ok: false, holder }; // taken twice in one process: a bug in the caller
    if (!isStale(holder)) return { ok: false, holder };
    // Stale: its owner died without releasing. Move it aside first, so that two processes breaking
    // it at once cannot remove the fresh lock of whichever of them wins.
    const aside = `${file}.stale.${process.pid}`;
    try {
      fs.renameSync(file, aside);
    } catch {
      continue;
    }
    const moved = readLock(aside);
    if (moved && moved.pid !== holder.pid) {
      try {
        fs.linkSync(aside, file);
      } catch {
        /* someone took it meanwhile: their lock stands */
      }
    }
    fs.rmSync(aside, { force: true });
  }
  const holder = readLock(file);
  return holder ? { ok: false, holder } : tryLock(file, role, extra);
}

export interface WaitOptions {
  /** Give up after this long (ms). */
  timeoutMs: number;
  /** Told once who holds the lock, when we start waiting. */
  onWait?: (holder: LockInfo) => void;
  pollMs?: number;
}

/** Takes the lock, waiting while a live process holds it; throws, naming the holder, on timeout. */
export async function acquireLock(file: string, role: string, options: WaitOptions): Promise<Lock> {
  const deadline = Date.now() + options.timeoutMs;
  let told = false;
  for (;;) {
    const attempt = tryLock(file, role);
    if (attempt.ok) return attempt.lock;
    if (!told) {
      options.onWait?.(attempt.holder);
      told = true;
    }
    if (Date.now() > deadline) throw new LockBusyError(file, attempt.holder, options.timeoutMs);
    await new Promise((r) => setTimeout(r, options.pollMs ?? 200));
  }
}

export function describeHolder(h: LockInfo): string {
  return `pid ${h.pid} (${h.role}${h.host !== os.hostname() ? ` on ${h.host}` : ''}, since ${h.startedAt})`;
}

export class LockBusyError extends Error {
  override name = 'LockBusyError';
  constructor(
    readonly file: string,
    readonly holder: LockInfo,
    waitedMs: number,
  ) {
    super(
      `lock: ${file} is held by ${describeHolder(holder)}; waited ${Math.round(waitedMs / 1000)} s. ` +
        `Wait for that process to finish, or stop it (kill ${holder.pid}) and retry`,
    );
  }
}
