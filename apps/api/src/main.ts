import 'reflect-metadata';
import { createApp } from './app';
import { readApiConfig } from './config/api-config';

async function main(): Promise<void> {
  const config = readApiConfig();
  const app = await createApp(config);
  await app.listen(config.API_PORT, '127.0.0.1');
  console.log(`API listening on http://localhost:${config.API_PORT}/api (docs: /api/docs)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
