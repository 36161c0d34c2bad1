import type { Clock } from "@/lib/ingest/sec";

/**
 * Virtual time: sleep() registers a timer and time jumps straight to the earliest one on the
 * next macrotask, so "seconds" of rate limiting run instantly. Firing one timer per tick lets
 * the woken code run (and maybe sleep again) before time moves on.
 */
export class FakeClock implements Clock {
  private time = 0;
  private timers: { at: number; resolve: () => void }[] = [];
  private pending = false;
  /** Every requested sleep duration, in call order. */
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    return new Promise((resolve) => {
      this.timers.push({ at: this.time + Math.max(0, ms), resolve });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    setImmediate(() => {
      this.pending = false;
      this.timers.sort((a, b) => a.at - b.at);
      const timer = this.timers.shift();
      if (!timer) return;
      this.time = Math.max(this.time, timer.at);
      timer.resolve();
      if (this.timers.length > 0) this.schedule();
    });
  }
}
