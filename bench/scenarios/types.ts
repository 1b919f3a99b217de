/** What every scenario gets from the runner. */
export interface ScenarioContext {
  quick: boolean;
  log(message: string): void;
  /** A free-text note for the results (machine load, caveats), printed under the table. */
  note(scenario: string, text: string): void;
  /** Raw series for the JSON results only (heap over time, delta sizes…). */
  detail(scenario: string, key: string, value: unknown): void;
}
