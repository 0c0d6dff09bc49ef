// One navigator's open GET /api/events/stream, as the console holds it (fetch with a bearer header, since
// EventSource cannot send one): notes when each event first arrives, by event id.
import { request } from 'node:http';

/**
 * Opens the stream; resolves once the server has said `: connected` (the guard and the session check
 * passed), rejects on any other answer. `arrivals` maps `<type> <id>` to the first such event and when it arrived ({ at: performance.now(), event }).
 */
export function openStream(url, token) {
  return new Promise((resolve, reject) => {
    const arrivals = new Map();
    const req = request(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, agent: false });
    req.on('error', reject);
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`stream answered ${res.statusCode}`));
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      let connected = false;
      res.on('data', (chunk) => {
        const at = performance.now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          for (const line of block.split('\n')) {
            if (line === ': connected' && !connected) {
              connected = true;
              resolve({ arrivals, close: () => req.destroy() });
            } else if (line.startsWith('data: ')) {
              const event = JSON.parse(line.slice(6));
              const key = `${event.type} ${event.id}`;
              if (!arrivals.has(key)) arrivals.set(key, { at, event });
            }
          }
        }
      });
      res.on('error', () => undefined);
    });
    req.end();
  });
}
