/** Bundles `src/worker.ts` for workerd; rejects when the bundle would import a Node module. */
export function bundleWorker(
  outfile?: string,
  entry?: string,
): Promise<{ outfile: string; bytes: number }>
