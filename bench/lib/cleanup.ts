/**
 * Cleanup registry shared by the benchmarks: temp databases, public/ files, servers and browsers are released on
 * normal exit, on an uncaught error and on Ctrl-C / SIGTERM. Every task is synchronous so it also runs in the
 * process 'exit' handler, where nothing asynchronous can complete.
 */
const tasks: { name: string; fn: () => void }[] = [];
let installed = false;

function runAll(): void {
  while (tasks.length) {
    const task = tasks.pop()!;
    try {
      task.fn();
    } catch (err) {
      console.error(`cleanup "${task.name}" failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on("exit", runAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: cleaning up and stopping.`);
      runAll();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
}

/** Registers a synchronous cleanup task (run last-in first-out); the returned function runs it now, once. */
export function onCleanup(name: string, fn: () => void): () => void {
  install();
  const task = { name, fn };
  tasks.push(task);
  return () => {
    const i = tasks.indexOf(task);
    if (i >= 0) {
      tasks.splice(i, 1);
      fn();
    }
  };
}
