// Queries on the request hot path, built and compiled once per dialect instead of on every
// request. Kysely builds an operation tree and compiles it to SQL for each call; for the few
// queries every authenticated request runs (the credential lookup, the rate-limit counter),
// that costs more CPU than the database work itself. A prepared query is compiled once with
// placeholder arguments, then run with CompiledQuery.raw and the real ones.
import { type Compilable, CompiledQuery } from 'kysely';
import type { Database } from './database.ts';

/** Where each compiled parameter comes from: the n-th argument, or a constant of the query. */
type Slot = { argument: number } | { constant: unknown };

interface Plan {
  sql: string;
  slots: Slot[];
}

/**
 * `build` must give the same query shape for every argument (no branching on them): it is called
 * once per dialect with placeholders. Returns a function that runs it with real arguments.
 */
export function prepareQuery<Args extends unknown[], Row>(
  arity: Args['length'],
  build: (db: Database, ...args: Args) => Compilable<Row>,
): (db: Database, ...args: Args) => Promise<Row[]> {
  // Keyed by the dialect adapter, which a database and its transactions share.
  const plans = new WeakMap<object, Plan>();
  return async (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    let plan = plans.get(adapter);
    if (plan === undefined) {
      const placeholders = Array.from({ length: arity }, (_, i) => `\u0000keyway-argument-${i}\u0000`);
      const compiled = build(db, ...(placeholders as Args)).compile();
      const slots = compiled.parameters.map((value): Slot => {
        const index = placeholders.indexOf(value as string);
        return index === -1 ? { constant: value } : { argument: index };
      });
      const used = new Set(slots.flatMap((slot) => ('argument' in slot ? [slot.argument] : [])));
      if (used.size !== arity) throw new Error(`prepared query uses ${used.size} of its ${arity} arguments`);
      plan = { sql: compiled.sql, slots };
      plans.set(adapter, plan);
    }
    const parameters = plan.slots.map((slot) => ('argument' in slot ? args[slot.argument] : slot.constant));
    return (await db.executeQuery<Row>(CompiledQuery.raw(plan.sql, parameters))).rows;
  };
}
