import net from 'node:net';

/**
 * True when a Bolt server answers the handshake on the port: the 4-byte magic
 * preamble and four proposed versions, answered by the chosen version. A plain
 * open port is not enough — Neo4j opens it before it can serve.
 */
export function boltAnswers(port: number, host = '127.0.0.1', timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => {
      const handshake = Buffer.alloc(20);
      handshake.writeUInt32BE(0x6060b017, 0);
      handshake.writeUInt32BE(0x00000405, 4); // 5.4 … (ranges are fine; any 5.x answers)
      handshake.writeUInt32BE(0x00000404, 8);
      handshake.writeUInt32BE(0x00000004, 12);
      handshake.writeUInt32BE(0x00000003, 16);
      socket.write(handshake);
    });
    socket.on('data', (data) => done(data.length >= 4 && data.readUInt32BE(0) !== 0));
  });
}

/** True when nothing listens on the port (so a new server may bind it). */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}
