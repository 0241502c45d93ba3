/** One series of a chart: a value per category; null where the figure is not given (suppressed, not published). */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** Series with the same stack are drawn on top of each other. */
  stack?: string;
  kind?: 'bar' | 'line';
}
