/** One line describing where a figure was measured: date, CPU, cores, memory, Node. */
import os from 'node:os';

export function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return (
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${cpu}, ${os.availableParallelism()} cores, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`
  );
}
