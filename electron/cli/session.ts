/**
 * Who the command line acts as. Without --user it is the local operator (the operating-system
 * user: read and import only); with --user it signs in like any door, the password coming from
 * $GOUJI_PASSWORD or a prompt that does not echo.
 */
import readline from 'node:readline';
import { ApiError } from '../../shared/api/contract';
import type { Core } from '../core/core';
import { newDoorSession, type DoorSession } from '../core/review/sessions';

export async function readSecret(prompt: string, envName: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) throw new ApiError('INVALID_INPUT', `no terminal to ask for the password: set $${envName}`);
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stderr.write(prompt);
  output._writeToOutput = () => {};
  try {
    return await new Promise<string>((resolve) => rl.question('', resolve));
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

/** The core as seen by one signed-in CLI run: every `call` goes through this run's session. */
export function coreAs(core: Core, door: DoorSession): Core {
  return { ...core, call: (method, input, session = door) => core.call(method, input, session) };
}

export async function cliSession(core: Core, user: string | undefined): Promise<DoorSession> {
  if (user === undefined) return core.localSession;
  const door = newDoorSession();
  await core.call('signIn', { username: user, password: await readSecret(`password for ${user}: `, 'GOUJI_PASSWORD') }, door);
  return door;
}
