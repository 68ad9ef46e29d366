/** The users repository: accounts with a role and a scrypt password hash. */
import type { Role, UserRecord } from '../../../shared/api/contract';
import type { Db } from './database';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  active: number;
  created_at: string;
}

const toRecord = (r: UserRow): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role as Role,
  active: r.active === 1,
  createdAt: r.created_at,
});

export class UsersRepository {
  constructor(private readonly db: Db) {}

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  list(): UserRecord[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY username').all() as UserRow[]).map(toRecord);
  }

  byId(id: number): UserRecord | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row && toRecord(row);
  }

  /** The account and its hash, for signing in. */
  credentials(username: string): { user: UserRecord; passwordHash: string } | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
    return row && { user: toRecord(row), passwordHash: row.password_hash };
  }

  passwordHash(id: number): string | undefined {
    return (this.db.prepare('SELECT password_hash FROM users WHERE id = ?').get(id) as { password_hash: string } | undefined)?.password_hash;
  }

  insert(user: { username: string; displayName: string; role: Role; passwordHash: string }): UserRecord {
    const id = Number(
      this.db
        .prepare('INSERT INTO users (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(user.username, user.displayName, user.role, user.passwordHash, new Date().toISOString()).lastInsertRowid,
    );
    return this.byId(id)!;
  }

  update(id: number, change: { displayName?: string; role?: Role; active?: boolean; passwordHash?: string }): UserRecord {
    this.db
      .prepare(
        `UPDATE users SET display_name = coalesce(@displayName, display_name), role = coalesce(@role, role),
           active = coalesce(@active, active), password_hash = coalesce(@passwordHash, password_hash) WHERE id = @id`,
      )
      .run({
        id,
        displayName: change.displayName ?? null,
        role: change.role ?? null,
        active: change.active === undefined ? null : change.active ? 1 : 0,
        passwordHash: change.passwordHash ?? null,
      });
    return this.byId(id)!;
  }

  activeAdmins(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1").get() as { n: number }).n;
  }
}
