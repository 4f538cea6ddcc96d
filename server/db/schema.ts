// Table types for Kysely, one interface per table, kept in step with migrations/.

export interface InstanceTable {
  /** Always 1: one row describing this deployment. */
  id: number;
  /** A random id for this deployment (e.g. for telemetry-free support references). */
  instance_id: string;
  created_at: string;
}

export interface DatabaseSchema {
  keyway_instance: InstanceTable;
}
