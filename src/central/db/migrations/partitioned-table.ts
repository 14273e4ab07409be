/** Hash partitions per partitioned table on a PostgreSQL server (a power of two, so they can be split later). */
export const hallPartitions = 16;

/**
 * A CREATE TABLE that is hash-partitioned by hall_code on a PostgreSQL server and a plain table on
 * PGlite (one process, one small database: partitions would only cost planning time there). The
 * same queries run on both. One DO block, since a migration is a list of single statements.
 */
export function createHallPartitionedTable(table: string, body: string): string {
  const ddl = `CREATE TABLE ${table} (${body})`.replaceAll("'", "''");
  return `DO $$
BEGIN
  IF version() LIKE '%PGlite%' THEN
    EXECUTE '${ddl}';
  ELSE
    EXECUTE '${ddl} PARTITION BY HASH (hall_code)';
    FOR part IN 0..${hallPartitions - 1} LOOP
      EXECUTE format('CREATE TABLE %I PARTITION OF ${table} FOR VALUES WITH (MODULUS ${hallPartitions}, REMAINDER %s)', '${table}_p' || part, part);
    END LOOP;
  END IF;
END $$`;
}
