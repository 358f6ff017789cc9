import { bootStrapi } from './boot';

// node dist/src/scripts/serve.js — one more Strapi node on the configured database
// (HOST, PORT, DATABASE_*), without compiling: the second node of the two-node test and
// bench. Prints "GONGKAI_READY <port>" once listening; SIGTERM/SIGINT stop it cleanly.

(async () => {
  const strapi = await bootStrapi({ compile: false, logLevel: 'error' });
  await strapi.listen();
  const port = strapi.config.get('server.port');
  console.log(`GONGKAI_READY ${port} ${process.pid}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await strapi.destroy();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
})().catch((err) => {
  console.error(`错误：${err?.stack ?? err}`);
  process.exit(1);
});
