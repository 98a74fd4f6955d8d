/**
 * H5 start in stages (config/staged-start.ts rewrites Taro's entry to call this): the modules
 * the app needs are evaluated one group per task instead of all in one. Evaluating React,
 * Taro's runtime, router and components and the app's stores together took one task of
 * ~140 ms on the build machine, ~560 ms on a phone four times slower, and a tap on the first
 * screen (painted from index.html before any of this runs) waited that long.
 */

/** Resolves in a new task, after whatever input and rendering the browser has waiting. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    // A message is not clamped to 4 ms as nested timeouts are.
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0)
      return
    }
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/** Runs each loader in a task of its own, in order; resolves with what each returned. */
export async function startInStages(loaders: ReadonlyArray<() => Promise<unknown>>): Promise<unknown[]> {
  const loaded: unknown[] = []
  for (const load of loaders) {
    await nextTask()
    loaded.push(await load())
  }
  return loaded
}

/** An error in the start is thrown from a task of its own, so the browser reports it as uncaught. */
export function reportStartFailure(error: unknown): void {
  setTimeout(() => {
    throw error
  }, 0)
}
