interface Scheduled<T> {
  time: number;
  order: number;
  value: T;
}

/**
 * A priority queue of timed events for discrete-event simulations. Events at
 * the same time come out in the order they were scheduled, so a run never
 * depends on how the heap happens to break ties.
 */
export class EventQueue<T> {
  private readonly heap: Scheduled<T>[] = [];
  private scheduled = 0;

  get size(): number {
    return this.heap.length;
  }

  /** When the earliest event happens, or undefined when none is left. */
  peekTime(): number | undefined {
    return this.heap[0]?.time;
  }

  push(time: number, value: T): void {
    this.heap.push({ time, order: this.scheduled++, value });
    this.siftUp(this.heap.length - 1);
  }

  /** The earliest event, or undefined when none is left. */
  pop(): { time: number; value: T } | undefined {
    const first = this.heap[0];
    const last = this.heap.pop();
    if (first && last && first !== last) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return first && { time: first.time, value: first.value };
  }

  private before(a: Scheduled<T>, b: Scheduled<T>): boolean {
    return a.time < b.time || (a.time === b.time && a.order < b.order);
  }

  private siftUp(index: number): void {
    const item = this.heap[index]!;
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      const above = this.heap[parent]!;
      if (!this.before(item, above)) break;
      this.heap[child] = above;
      child = parent;
    }
    this.heap[child] = item;
  }

  private siftDown(index: number): void {
    const item = this.heap[index]!;
    const count = this.heap.length;
    let parent = index;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= count) break;
      const right = left + 1;
      const child = right < count && this.before(this.heap[right]!, this.heap[left]!) ? right : left;
      if (!this.before(this.heap[child]!, item)) break;
      this.heap[parent] = this.heap[child]!;
      parent = child;
    }
    this.heap[parent] = item;
  }
}
