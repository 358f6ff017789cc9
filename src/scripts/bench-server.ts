import { bootStrapi } from './boot';

// Benchmark server (bench issue): boots the app on the configured database (set by
// bench/run.js: DATABASE_FILENAME or the PostgreSQL variables) and listens on
// HOST/PORT (run.js passes 127.0.0.1 and a free port — loopback only). No admin panel
// is served; everything else (portal, REST, review gate) is the production code path.
// Stops cleanly on SIGTERM/SIGINT, and by itself when its parent goes away.
//
//   DATABASE_FILENAME=… HOST=127.0.0.1 PORT=4010 node dist/src/scripts/bench-server.js
async function main() {
  process.env.BROWSER = 'none';
  process.env.STRAPI_DISABLE_UPDATE_NOTIFICATION = 'true';
  const strapi = await bootStrapi({ compile: false, logLevel: 'error' });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    try {
      await strapi.destroy();
    } finally {
      process.exit(code);
    }
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  // an orphaned bench server must not outlive the harness (bounded: it stops by itself)
  process.on('disconnect', () => stop(0));
  const maxSeconds = Number(process.env.BENCH_SERVER_MAX_SECONDS || 3600);
  setTimeout(() => stop(0), maxSeconds * 1000).unref();
  await strapi.listen();
  process.stdout.write(`BENCH_SERVER_READY ${strapi.config.get('server.port')}\n`);
}

main().catch((err) => {
  console.error(`[bench-server] 启动失败：${err?.stack ?? err}`);
  process.exit(1);
});
