/**
 * Runs work in short slices so the page's main thread is never held for long: each slice
 * stops after BUDGET_MS and the rest continues in the next idle period (or timer).
 */
export const BUDGET_MS = 8;

export type Step = (shouldYield: () => boolean) => boolean;

/**
 * Resolves with the time spent working (the sum of the slices), not the wall time; `onSlice`
 * hears that sum after each slice. While `urgent()` holds (the text on screen is not marked
 * yet), slices follow each other through the task queue, with the browser's frames in between;
 * after that they wait for idle time.
 */
export function runInSlices(
  step: Step,
  signal: AbortSignal,
  urgent: () => boolean = () => false,
  onSlice?: (busyMs: number) => void,
): Promise<number> {
  let busy = 0;
  return new Promise((resolve, reject) => {
    const win = globalThis as typeof globalThis & { requestIdleCallback?: typeof requestIdleCallback };
    const slice = () => {
      if (signal.aborted) return reject(signal.reason);
      const began = performance.now();
      const until = began + BUDGET_MS;
      let done: boolean;
      try {
        done = step(() => performance.now() > until);
      } catch (error) {
        return reject(error);
      }
      busy += performance.now() - began;
      onSlice?.(busy);
      if (done) resolve(busy);
      else schedule();
    };
    const schedule = () => {
      if (win.requestIdleCallback && !urgent()) win.requestIdleCallback(slice, { timeout: 50 });
      else setTimeout(slice, 0);
    };
    if (urgent()) slice();
    else schedule();
  });
}
