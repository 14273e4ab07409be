export interface Migration {
  version: number;
  name: string;
  /** One statement per string: PGlite's parameterised queries take a single statement. */
  statements: readonly string[];
}
