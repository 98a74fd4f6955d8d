/**
 * Schema migrations: the numbered SQL files in sandbox/db/migrations
 * (`NNN_name.sql`), applied in order, each in its own transaction, each
 * recorded in `schema_migrations` with a checksum of its text. A file changed
 * after it was applied stops the start: a migration is never edited, a new one
 * is added. An advisory lock keeps two sandboxes starting on one server from
 * applying the same file twice.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SqlDatabase } from './database'

export const MIGRATIONS_DIR = join(__dirname, 'migrations')

export interface Migration {
  version: number
  name: string
  sql: string
  checksum: string
}

export interface MigrationState {
  /** Versions applied, in order. */
  applied: number[]
  /** Files not applied yet. */
  pending: Migration[]
  latest?: string
}

/** The files in order; a skipped or repeated number is refused, so every database applies one order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(join(dir, file), 'utf8')
      return {
        version: Number(file.slice(0, 3)),
        name: file.replace(/\.sql$/, ''),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      }
    })
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1)
      throw new Error(`migration ${migration.name}: expected number ${index + 1}`)
  })
  return migrations
}

const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`

/** Any number: the same for every sandbox, so they take one lock. */
const MIGRATION_LOCK = 7_302_026

interface AppliedRow {
  version: number
  name: string
  checksum: string
}

async function appliedIn(db: Pick<SqlDatabase, 'query'>): Promise<AppliedRow[]> {
  return db.query<AppliedRow>('SELECT version, name, checksum FROM schema_migrations ORDER BY version')
}

function check(applied: AppliedRow[], migrations: Migration[]): void {
  for (const row of applied) {
    const file = migrations.find((migration) => migration.version === row.version)
    if (!file) throw new Error(`migration ${row.name} is applied but its file is missing`)
    if (file.checksum !== row.checksum)
      throw new Error(`migration ${row.name} was changed after it was applied: add a new migration instead`)
  }
}

/** Applies what is pending; answers what is applied now. */
export async function migrate(db: SqlDatabase, migrations = readMigrations()): Promise<MigrationState> {
  await db.exec(CREATE_TABLE)
  for (const migration of migrations) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      const applied = await appliedIn(tx)
      check(applied, migrations)
      if (applied.some((row) => row.version === migration.version)) return
      await tx.exec(migration.sql)
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ])
    })
  }
  return migrationState(db, migrations)
}

/** What is applied and what is not (GET /health). */
export async function migrationState(
  db: Pick<SqlDatabase, 'query'>,
  migrations = readMigrations(),
): Promise<MigrationState> {
  const applied = await appliedIn(db)
  check(applied, migrations)
  const versions = applied.map((row) => row.version)
  return {
    applied: versions,
    pending: migrations.filter((migration) => !versions.includes(migration.version)),
    latest: applied[applied.length - 1]?.name,
  }
}
