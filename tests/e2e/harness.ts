/**
 * What every end-to-end test needs: the built CLI serving a fresh store in web mode (with
 * users made through the CLI), Debian's Chromium, signing in through the UI, and calling
 * the API from inside the page so the session cookie rides along.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT, tempDir } from '../helpers';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SHOTS = path.join(REPO_ROOT, 'test-results');
const CLI = path.join(REPO_ROOT, 'bin', 'gouji.mjs');

export interface TestUser {
  username: string;
  displayName: string;
  role: 'reviewer' | 'supervisor' | 'admin';
  password: string;
}

export const ADMIN: TestUser = { username: 'admin', displayName: '管理员', role: 'admin', password: 'admin-password' };
export const REVIEWER: TestUser = { username: 'rita', displayName: '李复核', role: 'reviewer', password: 'reviewer-password' };
export const SUPERVISOR: TestUser = { username: 'sam', displayName: '王主管', role: 'supervisor', password: 'supervisor-password' };

/** Users are added with the CLI, the way an administrator would script it; the first is the administrator. */
export function addUsers(home: string, users: readonly TestUser[]): void {
  for (const [index, user] of users.entries()) {
    const auth = index === 0 ? [] : ['--user', users[0]!.username];
    const result = spawnSync(process.execPath, [CLI, ...auth, 'user', 'add', user.username, '--name', user.displayName, '--role', user.role], {
      env: { ...process.env, GOUJI_HOME: home, GOUJI_PASSWORD: users[0]!.password, GOUJI_NEW_PASSWORD: user.password },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`gouji user add ${user.username} failed: ${result.stderr}`);
  }
}

export interface App {
  home: string;
  launchUrl: string;
  origin: string;
  browser: Browser;
  page: Page;
  /** Errors thrown in the page: a test should end with none. */
  pageErrors: string[];
  /** Every URL the page requested. */
  requestedUrls: string[];
  close(): Promise<void>;
}

async function serve(home: string): Promise<{ server: ChildProcess; launchUrl: string; origin: string }> {
  const server = spawn(process.execPath, [CLI, '--json', 'serve', '--port', '0'], { env: { ...process.env, GOUJI_HOME: home }, stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: server.stdout! }).once('line', resolve);
    server.once('exit', (code) => reject(new Error(`gouji serve exited with ${code}`)));
  });
  const info = JSON.parse(firstLine) as { url: string; launchUrl: string };
  return { server, launchUrl: info.launchUrl, origin: new URL(info.url).origin };
}

/** A fresh store with these users (none: the first run asks for an administrator), served and opened in Chromium. */
export async function startApp(options: { prefix: string; users?: readonly TestUser[]; locale?: string }): Promise<App> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const home = tempDir(options.prefix);
  if (options.users?.length) addUsers(home, options.users);
  const { server, launchUrl, origin } = await serve(home);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: options.locale ?? 'zh-CN' });
  const pageErrors: string[] = [];
  const requestedUrls: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => requestedUrls.push(request.url()));
  return {
    home,
    launchUrl,
    origin,
    browser,
    page,
    pageErrors,
    requestedUrls,
    close: async () => {
      await browser.close();
      server.kill('SIGTERM');
    },
  };
}

/** Sign in through the sign-in screen and wait for the library. */
export async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.getByTestId('sign-in').waitFor();
  await page.getByTestId('sign-in-username').fill(user.username);
  await page.getByTestId('sign-in-password').fill(user.password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('library').waitFor();
}

/** Sign out from the user menu, back to the sign-in screen. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in').waitFor();
}

/** Calls the API from inside the page (the cookies ride along), unwrapping the envelope. */
export async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gouji-client': '1' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; result?: unknown; error?: unknown };
    },
    [method, input] as const,
  );
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.result as T;
}
