/**
 * How a benchmark script ends: exit 0 when `main` finished, 1 with the error's message when the harness
 * failed. `main` stops its own servers and engines (in its `finally`); the explicit exit ends whatever
 * a library still holds open (keep-alive sockets, timers), so the command returns.
 */
export function runBenchmark(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: Error) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
