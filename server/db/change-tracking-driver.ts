// PostgreSQL: tells this process about its own writes that can narrow a credential, once they
// have committed, so that its credential cache is emptied before the revoking request returns.
//
// Other nodes learn of the same write from the trigger's NOTIFY (migration 0007), which
// PostgreSQL delivers at commit, asynchronously. The writing node cannot wait for that: the
// request that revoked a key would return, and the client's next request to the same node could
// still find the key cached for the moment the notification is in flight. So the driver watches
// the statements it runs: an UPDATE of a watched column, a DELETE from a watched table or an
// upsert that updates one marks the connection, and committing it (or the statement itself,
// outside a transaction) calls `changed`. SQLite needs none of this: its trigger calls back into
// the process inside the statement.
import {
  type CompiledQuery,
  type DatabaseConnection,
  DeleteQueryNode,
  type Driver,
  InsertQueryNode,
  type OperationNode,
  PostgresDialect,
  type PostgresDialectConfig,
  type QueryCompiler,
  RawNode,
  type TransactionSettings,
  UpdateQueryNode,
} from 'kysely';
import { WATCHED } from './migrations/0007-auth-change-triggers.ts';

export class ChangeTrackingPostgresDialect extends PostgresDialect {
  constructor(
    config: PostgresDialectConfig,
    private readonly changed: () => void,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    return new ChangeTrackingDriver(super.createDriver(), this.changed);
  }
}

class ChangeTrackingDriver implements Driver {
  readonly #tracked = new WeakSet<DatabaseConnection>();
  readonly #inTransaction = new WeakSet<DatabaseConnection>();
  readonly #narrowed = new WeakSet<DatabaseConnection>();

  constructor(
    private readonly inner: Driver,
    private readonly changed: () => void,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.inner.acquireConnection();
    // The pool hands out the same connection objects again: wrap each one once.
    if (!this.#tracked.has(connection)) {
      this.#tracked.add(connection);
      const execute = connection.executeQuery.bind(connection);
      connection.executeQuery = async <R>(query: CompiledQuery) => {
        const result = await execute<R>(query);
        if (narrows(query)) {
          if (this.#inTransaction.has(connection)) this.#narrowed.add(connection);
          else this.changed();
        }
        return result;
      };
    }
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await this.inner.beginTransaction(connection, settings);
    this.#inTransaction.add(connection);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await this.inner.commitTransaction(connection);
    } finally {
      this.#inTransaction.delete(connection);
      // Also when the commit failed: it may have committed before the error reached us.
      if (this.#narrowed.delete(connection)) this.changed();
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.#inTransaction.delete(connection);
    this.#narrowed.delete(connection);
    await this.inner.rollbackTransaction(connection);
  }

  async savepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await savepointsOf(this.inner).savepoint(connection, name, compileQuery);
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await savepointsOf(this.inner).rollbackToSavepoint(connection, name, compileQuery);
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await savepointsOf(this.inner).releaseSavepoint(connection, name, compileQuery);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(connection);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

function savepointsOf(
  driver: Driver,
): Required<Pick<Driver, 'savepoint' | 'rollbackToSavepoint' | 'releaseSavepoint'>> {
  const { savepoint, rollbackToSavepoint, releaseSavepoint } = driver;
  if (savepoint === undefined || rollbackToSavepoint === undefined || releaseSavepoint === undefined) {
    throw new Error('the PostgreSQL driver has no savepoints');
  }
  return {
    savepoint: savepoint.bind(driver),
    rollbackToSavepoint: rollbackToSavepoint.bind(driver),
    releaseSavepoint: releaseSavepoint.bind(driver),
  };
}

/**
 * Whether a statement can narrow a credential, by the same table and column list as migration
 * 0007's triggers. A raw statement is judged by its text and counts if it updates or deletes
 * from any watched table (its columns are not parsed; erring towards emptying the cache).
 */
export function narrows(query: CompiledQuery): boolean {
  const node = query.query;
  if (UpdateQueryNode.is(node)) {
    const watched = node.table === undefined ? undefined : WATCHED[tableOf(node.table) ?? ''];
    if (watched === undefined) return false;
    return (node.updates ?? []).some((update) => watched.columns.includes(columnOf(update.column) ?? ''));
  }
  if (DeleteQueryNode.is(node)) {
    return node.from.froms.some((from) => WATCHED[tableOf(from) ?? ''] !== undefined);
  }
  if (InsertQueryNode.is(node)) {
    const watched = WATCHED[tableOf(node.into) ?? ''];
    const updates = node.onConflict?.updates;
    if (watched === undefined || updates === undefined) return false;
    return updates.some((update) => watched.columns.includes(columnOf(update.column) ?? ''));
  }
  if (RawNode.is(node)) {
    const statement = /^\s*(?:update|delete\s+from)\s+"?(\w+)"?/i.exec(query.sql);
    return statement?.[1] !== undefined && WATCHED[statement[1].toLowerCase()] !== undefined;
  }
  return false;
}

/** The table a TableNode (or an aliased one) names. */
function tableOf(node: OperationNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const any = node as OperationNode & { table?: { identifier?: { name?: string } }; node?: OperationNode };
  if (node.kind === 'TableNode') return any.table?.identifier?.name;
  if (node.kind === 'AliasNode') return tableOf(any.node);
  return undefined;
}

/** The column a ColumnNode (or a reference to one) names. */
function columnOf(node: OperationNode): string | undefined {
  const any = node as OperationNode & { column?: OperationNode & { name?: string } };
  if (node.kind === 'ColumnNode') return any.column?.name;
  if (node.kind === 'ReferenceNode' && any.column !== undefined) return columnOf(any.column);
  return undefined;
}
