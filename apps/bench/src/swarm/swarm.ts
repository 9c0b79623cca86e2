import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { SwarmCommand, SwarmReply } from './protocol';

type ReplyOf<T extends SwarmReply['type']> = Extract<SwarmReply, { type: T }>;

/** Splits `total` into `parts` near-equal shares. */
export function split<T>(items: T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, p) => items.filter((_, i) => i % parts === p));
}

/** Socket.IO clients spread over several processes, each driven by commands (see swarm-process.ts). */
export class Swarm {
  private constructor(private readonly processes: ChildProcess[]) {}

  static start(count: number): Swarm {
    const processes = Array.from({ length: count }, () =>
      fork(join(__dirname, 'swarm-process.ts'), [], {
        execArgv: ['-r', '@swc-node/register'],
        env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
    return new Swarm(processes);
  }

  get size(): number {
    return this.processes.length;
  }

  /** Sends `commands[i]` to process i and waits for every reply, which must be of the `expected` type. */
  async each<T extends SwarmReply['type']>(expected: T, commands: SwarmCommand[]): Promise<ReplyOf<T>[]> {
    return Promise.all(commands.map((command, i) => this.ask(this.processes[i], command, expected)));
  }

  /** The same command to every process. */
  all<T extends SwarmReply['type']>(expected: T, command: SwarmCommand): Promise<ReplyOf<T>[]> {
    return this.each(expected, this.processes.map(() => command));
  }

  close(): void {
    for (const child of this.processes) if (child.connected) child.disconnect();
  }

  private ask<T extends SwarmReply['type']>(child: ChildProcess, command: SwarmCommand, expected: T): Promise<ReplyOf<T>> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`a swarm process exited (${code}) during ${command.type}`));
      child.once('exit', onExit);
      child.once('message', (reply: SwarmReply) => {
        child.off('exit', onExit);
        if (reply.type === expected) resolve(reply as ReplyOf<T>);
        else reject(new Error(reply.type === 'failed' ? reply.error : `swarm replied ${reply.type} to ${command.type}`));
      });
      child.send(command);
    });
  }
}
