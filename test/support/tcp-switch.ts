// A loopback TCP relay to another port that can be made to hang: while hung, it accepts
// connections and swallows every byte both ways (a storage account behind a broken network: no
// error, no answer). resume() forwards again and drops the hung connections, as a network that
// comes back does. For fault tests of the Azure backend against Azurite.
import { connect, createServer, type Socket } from 'node:net';

export interface TcpSwitch {
  port: number;
  hang(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startTcpSwitch(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpSwitch> {
  let hung = false;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('close', () => open.delete(s));
      s.on('error', () => s.destroy());
    }
    client.on('data', (d) => {
      if (!hung) upstream.write(d);
    });
    upstream.on('data', (d) => {
      if (!hung) client.write(d);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    hang() {
      hung = true;
    },
    resume() {
      hung = false;
      for (const s of open) s.destroy();
    },
    async close() {
      for (const s of open) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
