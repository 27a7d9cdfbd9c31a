import { describe, expect, it } from "vitest";
import { EventQueue } from "./event-queue";
import { createRandom } from "./random";

describe("EventQueue", () => {
  it("pops events in time order, and ties in the order they were pushed", () => {
    const queue = new EventQueue<string>();
    queue.push(5, "c");
    queue.push(1, "a");
    queue.push(5, "d");
    queue.push(3, "b");
    queue.push(5, "e");
    const order: string[] = [];
    for (let next = queue.pop(); next; next = queue.pop()) order.push(next.value);
    expect(order).toEqual(["a", "b", "c", "d", "e"]);
    expect(queue.pop()).toBeUndefined();
    expect(queue.peekTime()).toBeUndefined();
  });

  it("agrees with a stable sort under interleaved pushes and pops", () => {
    const random = createRandom(1);
    const queue = new EventQueue<number>();
    const pending: { time: number; id: number }[] = [];
    let id = 0;
    for (let step = 0; step < 2000; step++) {
      if (random.next() < 0.6 || pending.length === 0) {
        const time = random.int(50);
        queue.push(time, id);
        pending.push({ time, id: id++ });
      } else {
        pending.sort((a, b) => a.time - b.time || a.id - b.id);
        expect(queue.pop()?.value).toBe(pending.shift()!.id);
      }
      expect(queue.size).toBe(pending.length);
    }
  });
});
