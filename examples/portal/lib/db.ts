import { join } from 'node:path';

/** Anything that runs SQL: the database itself, or one transaction on it. */
export interface Queryable {
  /** Runs one statement with `$1`, `$2`… parameters and returns its rows. */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** The database the portal keeps its plans in: embedded PGlite, or a Postgres server. */
export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where the database is: `DATABASE_URL` names a Postgres server; otherwise PGlite keeps it in a folder. */
export interface DatabaseSettings {
  readonly DATABASE_URL?: string | undefined;
  readonly PORTAL_DATA_DIR?: string | undefined;
}

/**
 * Opens the database the settings name. With `DATABASE_URL`, a connection pool to that Postgres
 * server (row locks keep concurrent writers apart). Otherwise embedded PGlite in `PORTAL_DATA_DIR`
 * (default `.data` in the working directory), or in memory when it is `memory://`: one
 * connection that runs one query or transaction at a time, so writers queue. Both run the same SQL.
 */
export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  if (settings.DATABASE_URL) return openPostgres(settings.DATABASE_URL);
  return openPglite(settings.PORTAL_DATA_DIR || join(process.cwd(), '.data'));
}

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir === 'memory://' ? undefined : dataDir);
  const run = async <Row>(on: Pick<typeof db, 'query'>, sql: string, params?: readonly unknown[]) =>
    (await on.query<Row>(sql, params ? [...params] : undefined)).rows;
  return {
    query: (sql, params) => run(db, sql, params),
    transaction: (work) => db.transaction((tx) => work({ query: (sql, params) => run(tx, sql, params) })),
    close: () => db.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url });
  type Runner = { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> };
  const run = async <Row>(on: Runner, sql: string, params?: readonly unknown[]) =>
    (await on.query(sql, params ? [...params] : undefined)).rows as Row[];
  return {
    query: (sql, params) => run(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A lost connection cannot roll back, and needs not to: the server drops its transaction.
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
