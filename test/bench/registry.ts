/** The benchmarks `npm run bench` runs, in order. Each returns one or more JSON figures. */
export interface Benchmark {
  name: string;
  run: () => Promise<Record<string, unknown>[]>;
}

export const benchmarks: Benchmark[] = [];
