/** Shared test helpers: throwaway stores and the fixture files. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newDoorSession, type DoorSession } from '../electron/core/review/sessions';
import { openCore, type Core } from '../electron/core/core';
import { resolveStoreLocation } from '../electron/core/paths';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures');

export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

export function readFixture(...parts: string[]): Uint8Array {
  return new Uint8Array(fs.readFileSync(fixture(...parts)));
}

export function tempDir(prefix = 'gouji-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A session signed in as a new user of this role (the store's administrator is made first if need be). */
export async function signedInAs(core: Core, role: 'reviewer' | 'supervisor' | 'admin', username: string = role): Promise<DoorSession> {
  const admin = newDoorSession();
  const { needsSetup } = await core.call('getSession', {});
  if (needsSetup) await core.call('setupAdmin', { username: 'admin', displayName: 'Admin', password: 'admin-password' }, admin);
  else await core.call('signIn', { username: 'admin', password: 'admin-password' }, admin);
  if (role === 'admin' && username === 'admin') return admin;
  await core.call('createUser', { username, displayName: username, role, password: `${username}-password` }, admin);
  const door = newDoorSession();
  await core.call('signIn', { username, password: `${username}-password` }, door);
  return door;
}

export function tempCore(localOperator = 'tester'): Core {
  return openCore({ location: resolveStoreLocation(tempDir()), localOperator });
}

/** Every file under a folder with its size: to prove a failed import wrote nothing. */
export function snapshotTree(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, full)] = fs.statSync(full).size;
    }
  }
  return out;
}
