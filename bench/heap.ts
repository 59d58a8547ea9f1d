import type { CDPSession } from 'playwright-core';

/**
 * The page's JS heap in use after the most thorough collection the browser makes, in MB: a
 * critical memory-pressure notification (V8 then also drops compiled code and bytecode that are no
 * longer run, which would otherwise count as growth between two samples) and two full garbage
 * collections. Shared by the soak and the long run.
 */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('Memory.simulatePressureNotification', { level: 'critical' }).catch(() => {});
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 2 ** 20;
}
