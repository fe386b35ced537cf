import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { z } from 'zod';
import type { Delivery, EventBus, InvalidDelivery } from '../../event-bus.port.js';
import type { Topic } from '../../topics.js';

// One suite for every EventBus adapter. Each test makes its own topics and groups (unique names), so the
// suite runs against a shared Kafka without stepping on anything.

const note = z.object({ version: z.literal(1), n: z.number().int(), text: z.string() });
type Note = z.infer<typeof note>;

export interface EventBusHarness {
  /** a bus on the same backend as every other one this harness opened (same data file or same brokers) */
  open(): Promise<EventBus>;
  /** how long a message may take to arrive (Kafka needs a group to join first) */
  readonly patienceMs: number;
  /** removes what the tests made (topics, groups), after every bus is closed */
  cleanUp(topics: string[], groups: string[]): Promise<void>;
}

const until = async (check: () => boolean, ms: number, what: string): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

export function eventBusContract(name: string, harness: EventBusHarness): void {
  const made = { topics: [] as string[], groups: [] as string[] };
  const fresh = (partitions = 1) => {
    const topic: Topic<Note> = { name: `contract-${randomUUID().slice(0, 8)}`, schema: note };
    made.topics.push(topic.name);
    return { topic, spec: { name: topic.name, partitions } };
  };
  const group = () => {
    const g = `contract-group-${randomUUID().slice(0, 8)}`;
    made.groups.push(g);
    return g;
  };
  const msg = (n: number, text = `note ${n}`): Note => ({ version: 1, n, text });
  const timeout = harness.patienceMs * 4 + 10_000;

  it(
    `${name}: tells the lag of the groups it consumes in: the messages not handled yet`,
    async () => {
      const bus = await harness.open();
      try {
        const { topic, spec } = fresh(1);
        await bus.createTopics([spec]);
        const g = group();
        let release: () => void = () => {};
        const held = new Promise<void>((resolve) => {
          release = resolve;
        });
        let seen = 0;
        const sub = await bus.subscribe({
          group: g,
          topics: [topic],
          handler: async () => {
            seen++;
            await held;
          },
        });
        const lagOf = async () => (await bus.lag()).find((l) => l.group === g && l.topic === topic.name)?.lag;
        for (const n of [1, 2, 3]) await bus.publish(topic, 'k', msg(n));
        await until(() => seen === 1, harness.patienceMs, 'the first message');
        // the one in hand is not committed yet: three behind
        await expect.poll(lagOf, { timeout: harness.patienceMs }).toBe(3);
        release();
        await until(() => seen === 3, harness.patienceMs, 'every message');
        await expect.poll(lagOf, { timeout: harness.patienceMs * 2 }).toBe(0);
        await sub.close();
        expect((await bus.lag()).some((l) => l.group === g)).toBe(false);
      } finally {
        await bus.close();
      }
    },
    timeout,
  );

  it(
    `${name}: creates topics once; a topic never created refuses messages`,
    async () => {
      const bus = await harness.open();
      try {
        const { topic, spec } = fresh(3);
        await bus.createTopics([spec]);
        await bus.createTopics([spec]);
        await bus.publish(topic, 'k', msg(1));
        const unknown: Topic<Note> = { name: `contract-missing-${randomUUID().slice(0, 8)}`, schema: note };
        await expect(bus.publish(unknown, 'k', msg(1))).rejects.toThrow();
        await bus.ping();
      } finally {
        await bus.close();
      }
    },
    timeout,
  );

  it(
    `${name}: publishes made at once to two topics each arrive once; one to a missing topic fails alone`,
    async () => {
      const bus = await harness.open();
      try {
        const [one, two] = [fresh(2), fresh(1)];
        await bus.createTopics([one.spec, two.spec]);
        const missing: Topic<Note> = { name: `contract-missing-${randomUUID().slice(0, 8)}`, schema: note };
        const sent = [...Array(40).keys()];
        const outcomes = await Promise.allSettled([
          ...sent.map((n) => bus.publish(n % 2 ? one.topic : two.topic, `k${n % 5}`, msg(n))),
          bus.publish(missing, 'k', msg(99)),
        ]);
        expect(outcomes.slice(0, 40).every((o) => o.status === 'fulfilled')).toBe(true);
        expect(outcomes[40]?.status).toBe('rejected');
        const got: number[] = [];
        const sub = await bus.subscribe({
          group: group(),
          topics: [one.topic, two.topic],
          handler: async (d) => {
            got.push(d.message.n);
          },
        });
        await until(() => got.length >= 40, harness.patienceMs, 'the 40 messages');
        await sub.close();
        expect([...got].sort((a, b) => a - b)).toEqual(sent);
      } finally {
        await bus.close();
      }
    },
    timeout,
  );

  it(
    `${name}: every group gets every message, in order per key, typed and validated`,
    async () => {
      const bus = await harness.open();
      try {
        const { topic, spec } = fresh(3);
        await bus.createTopics([spec]);
        const keys = ['a', 'b', 'c', 'd'];
        for (let n = 0; n < 20; n++) await bus.publish(topic, keys[n % 4] as string, msg(n));
        // a message the schema refuses is never sent
        await expect(bus.publish(topic, 'a', { version: 1, n: 1.5, text: 'x' })).rejects.toThrow();

        const seen = [[] as Delivery<Note>[], [] as Delivery<Note>[]];
        const subs = await Promise.all(
          seen.map((into) =>
            bus.subscribe({
              group: group(),
              topics: [topic],
              concurrency: 3,
              handler: async (d) => {
                into.push(d);
              },
            }),
          ),
        );
        await until(() => seen.every((s) => s.length >= 20), harness.patienceMs, 'both groups to get 20 messages');
        await Promise.all(subs.map((s) => s.close()));
        for (const got of seen) {
          expect(got.map((d) => d.message.n).sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
          for (const key of keys) {
            const ofKey = got.filter((d) => d.key === key);
            expect(new Set(ofKey.map((d) => d.partition)).size).toBe(1);
            expect(ofKey.map((d) => d.message.n)).toEqual([...ofKey.map((d) => d.message.n)].sort((a, b) => a - b));
          }
        }
      } finally {
        await bus.close();
      }
    },
    timeout,
  );

  it(
    `${name}: a rejected message comes again before the next; offsets are committed only once handled`,
    async () => {
      const { topic, spec } = fresh(1);
      const g = group();
      const first = await harness.open();
      const firstRun: number[] = [];
      try {
        await first.createTopics([spec]);
        for (let n = 0; n < 4; n++) await first.publish(topic, 'same-key', msg(n));
        const sub = await first.subscribe({
          group: g,
          topics: [topic],
          handler: async ({ message }) => {
            firstRun.push(message.n);
            if (message.n === 2) throw new Error('not now');
          },
        });
        await until(() => firstRun.filter((n) => n === 2).length >= 2, harness.patienceMs, 'message 2 to come again');
        await sub.close();
      } finally {
        await first.close();
      }
      // 0 and 1 handled once; 2 tried again and again, 3 never before 2 succeeds
      expect(firstRun.slice(0, 3)).toEqual([0, 1, 2]);
      expect(firstRun.filter((n) => n < 2)).toEqual([0, 1]);
      expect(firstRun).not.toContain(3);

      // another member of the group (after a restart) starts at the message not handled
      const second = await harness.open();
      const secondRun: number[] = [];
      try {
        const sub = await second.subscribe({
          group: g,
          topics: [topic],
          handler: async ({ message }) => {
            secondRun.push(message.n);
          },
        });
        await until(() => secondRun.length >= 2, harness.patienceMs, 'messages 2 and 3');
        await sub.close();
      } finally {
        await second.close();
      }
      expect(secondRun).toEqual([2, 3]);
    },
    timeout * 2,
  );

  it(
    `${name}: hands up to \`window\` messages of one partition to the handler at once, never more`,
    async () => {
      const bus = await harness.open();
      try {
        const { topic, spec } = fresh(1);
        await bus.createTopics([spec]);
        for (let n = 0; n < 6; n++) await bus.publish(topic, 'same-key', msg(n));
        let running = 0;
        let most = 0;
        const done: number[] = [];
        let release: () => void = () => {};
        const held = new Promise<void>((resolve) => {
          release = resolve;
        });
        const sub = await bus.subscribe({
          group: group(),
          topics: [topic],
          window: 3,
          handler: async ({ message }) => {
            running++;
            most = Math.max(most, running);
            await held;
            running--;
            done.push(message.n);
          },
        });
        // one partition, three in the handler together: one at a time would never get there
        await until(() => running === 3, harness.patienceMs, 'three messages of the partition in the handler');
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(most).toBe(3);
        release();
        await until(() => done.length === 6, harness.patienceMs, 'the six messages');
        await sub.close();
        expect(most).toBe(3);
        expect([...done].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
      } finally {
        await bus.close();
      }
    },
    timeout,
  );

  it(
    `${name}: hands at most \`topicWindow\` messages of one topic to the handler at once, across its partitions`,
    async () => {
      const bus = await harness.open();
      try {
        const { topic, spec } = fresh(3);
        await bus.createTopics([spec]);
        for (let n = 0; n < 12; n++) await bus.publish(topic, `key-${n}`, msg(n));
        let running = 0;
        let most = 0;
        const done: number[] = [];
        let release: () => void = () => {};
        const held = new Promise<void>((resolve) => {
          release = resolve;
        });
        const sub = await bus.subscribe({
          group: group(),
          topics: [topic],
          concurrency: 3,
          window: 4,
          topicWindow: 2,
          handler: async ({ message }) => {
            running++;
            most = Math.max(most, running);
            await held;
            running--;
            done.push(message.n);
          },
        });
        // three partitions with a window of four each could hand over all twelve: the topic's limit is two
        await until(() => running === 2, harness.patienceMs, 'two messages of the topic in the handler');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(most).toBe(2);
        release();
        await until(() => done.length === 12, harness.patienceMs, 'the twelve messages');
        await sub.close();
        expect(most).toBe(2);
        expect([...done].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, n) => n));
      } finally {
        await bus.close();
      }
    },
    timeout,
  );

  it(
    `${name}: with a window, an earlier message not settled keeps the offset where it is while later ones settle`,
    async () => {
      const { topic, spec } = fresh(1);
      const g = group();
      const first = await harness.open();
      const firstRun: number[] = [];
      try {
        await first.createTopics([spec]);
        for (let n = 0; n < 5; n++) await first.publish(topic, 'same-key', msg(n));
        const sub = await first.subscribe({
          group: g,
          topics: [topic],
          window: 5,
          handler: async ({ message }) => {
            firstRun.push(message.n);
            if (message.n === 0) throw new Error('not now');
          },
        });
        const lagOf = async () => (await first.lag()).find((l) => l.group === g && l.topic === topic.name)?.lag;
        await until(
          () => firstRun.filter((n) => n === 0).length >= 3 && [1, 2, 3, 4].every((n) => firstRun.includes(n)),
          harness.patienceMs,
          'messages 1 to 4 handled while 0 keeps failing',
        );
        // 1 to 4 were handled beside 0 (the window), yet nothing is committed: 0 is not settled
        expect(firstRun.filter((n) => n > 0)).toEqual([1, 2, 3, 4]);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(await lagOf()).toBe(5);
        await sub.close();
      } finally {
        await first.close();
      }
      // the next member (after a restart) gets 0 again, and what came after it: delivered again, never lost
      const second = await harness.open();
      const secondRun: number[] = [];
      try {
        const sub = await second.subscribe({
          group: g,
          topics: [topic],
          window: 5,
          handler: async ({ message }) => {
            secondRun.push(message.n);
          },
        });
        await until(() => secondRun.length >= 5, harness.patienceMs, 'the five messages again');
        await sub.close();
      } finally {
        await second.close();
      }
      expect([...secondRun].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
    },
    timeout * 2,
  );

  it(
    `${name}: a message that does not parse goes to onInvalid with the reason, and is passed`,
    async () => {
      const bus = await harness.open();
      try {
        const { topic, spec } = fresh(1);
        await bus.createTopics([spec]);
        const loose: Topic<unknown> = { name: topic.name, schema: z.unknown() };
        await bus.publish(loose, 'k', { version: 1, n: 'three' });
        await bus.publish(topic, 'k', msg(4));
        const invalid: InvalidDelivery[] = [];
        const valid: number[] = [];
        const sub = await bus.subscribe({
          group: group(),
          topics: [topic],
          handler: async ({ message }) => {
            valid.push(message.n);
          },
          onInvalid: async (d) => {
            invalid.push(d);
          },
        });
        await until(() => valid.length >= 1, harness.patienceMs, 'the valid message');
        await sub.close();
        expect(valid).toEqual([4]);
        expect(invalid).toHaveLength(1);
        expect(invalid[0]?.reason).toMatch(/^INVALID_MESSAGE: n: /);
        expect(JSON.parse(invalid[0]?.raw ?? '')).toEqual({ version: 1, n: 'three' });
      } finally {
        await bus.close();
      }
    },
    timeout,
  );

  it(
    `${name}: runs at most \`concurrency\` handlers at once`,
    async () => {
      const bus = await harness.open();
      try {
        const { topic, spec } = fresh(6);
        await bus.createTopics([spec]);
        for (let n = 0; n < 24; n++) await bus.publish(topic, `key-${n}`, msg(n));
        let running = 0;
        let most = 0;
        let done = 0;
        const sub = await bus.subscribe({
          group: group(),
          topics: [topic],
          concurrency: 2,
          handler: async () => {
            running++;
            most = Math.max(most, running);
            await new Promise((resolve) => setTimeout(resolve, 20));
            running--;
            done++;
          },
        });
        await until(() => done >= 24, harness.patienceMs * 2, '24 messages');
        await sub.close();
        expect(most).toBeGreaterThanOrEqual(1);
        expect(most).toBeLessThanOrEqual(2);
      } finally {
        await bus.close();
      }
    },
    timeout,
  );

  it(
    `${name}: forgets a group, whose next member starts from the oldest message again`,
    async () => {
      const { topic, spec } = fresh(1);
      const g = group();
      const bus = await harness.open();
      try {
        await bus.createTopics([spec]);
        await bus.publish(topic, 'k', msg(1));
        const seen: number[] = [];
        const first = await bus.subscribe({
          group: g,
          topics: [topic],
          handler: async (d) => void seen.push(d.message.n),
        });
        await until(() => seen.length >= 1, harness.patienceMs, 'the message');
        await first.close();
        await bus.deleteGroups([g, `contract-never-${randomUUID().slice(0, 8)}`]);
        const again = await bus.subscribe({
          group: g,
          topics: [topic],
          handler: async (d) => void seen.push(d.message.n),
        });
        await until(() => seen.length >= 2, harness.patienceMs, 'the message again');
        await again.close();
        expect(seen).toEqual([1, 1]);
      } finally {
        await bus.close();
      }
    },
    timeout,
  );

  it(`${name}: cleans up`, async () => {
    await harness.cleanUp(made.topics, made.groups);
  }, 60_000);
}
