export interface BenchSection {
  name: string;
  /** Returns the lines to print. */
  run(): Promise<string[]>;
}
