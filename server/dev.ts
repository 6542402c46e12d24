/** `npm run dev`: the API on API_PORT (default 3000) and Vite with hot reload on 5173, proxying /api to it. */
import { createServer } from 'vite';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { startServer } from './server';

const config = loadConfig({ ...process.env, PORT: process.env.API_PORT ?? '3000' });
const api = await startServer({ ...config, log: createLogger(process.env.LOG_LEVEL ?? 'warn') });
const vite = await createServer({ configFile: 'vite.config.ts', server: { host: '127.0.0.1' } });
await vite.listen();
console.log(`API on ${api.url}/api (${api.db.describe})`);
vite.printUrls();
const stop = async () => {
  await vite.close();
  await api.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
