/** Runs tasks one at a time in the order they were queued; a failed task does not stop the ones after it. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => {});
    return result;
  }

  /** resolves once everything queued so far has run */
  idle(): Promise<void> {
    return this.run(() => {});
  }
}
