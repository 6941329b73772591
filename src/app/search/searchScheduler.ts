// Runs one search at a time, and while one runs, only the latest query waits its turn: typing
// "pipeline" fast searches "p" and then "pipeline", not every prefix in between.

export function searchScheduler(run: (query: string) => Promise<void>): (query: string) => void {
  let running = false;
  let waiting: string | null = null;
  const drain = async () => {
    running = true;
    while (waiting !== null) {
      const query = waiting;
      waiting = null;
      // One failed search must not stop the next: report it and go on.
      await run(query).catch((error: unknown) => console.error('[newsline] search failed', error));
    }
    running = false;
  };
  return (query) => {
    waiting = query;
    if (!running) void drain();
  };
}
