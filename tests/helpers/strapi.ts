import path from 'path';
import fs from 'fs';
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

// Boots a real Strapi on a database of its own: a temporary SQLite file, or a fresh
// PostgreSQL database when DATABASE_CLIENT=postgres (the same suite runs on both).

const root = path.resolve(__dirname, '../..');
const rand = () => crypto.randomBytes(6).toString('hex');

let pgDatabase: string | null = null;
let sqliteFile: string | null = null;

function pgAdminConfig() {
  return {
    host: process.env.DATABASE_HOST || '127.0.0.1',
    port: Number(process.env.DATABASE_PORT || 5432),
    user: process.env.DATABASE_USERNAME || 'postgres',
    password: process.env.DATABASE_PASSWORD || '',
    database: process.env.DATABASE_ADMIN_DB || 'postgres',
  };
}

async function pgAdmin<T>(fn: (client: any) => Promise<T>): Promise<T> {
  const { Client } = require('pg');
  const client = new Client(pgAdminConfig());
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function testEnv() {
  const secret = () => crypto.randomBytes(16).toString('base64');
  process.env.APP_KEYS ||= [secret(), secret()].join(',');
  process.env.API_TOKEN_SALT ||= secret();
  process.env.ADMIN_JWT_SECRET ||= secret();
  process.env.TRANSFER_TOKEN_SALT ||= secret();
  process.env.ENCRYPTION_KEY ||= secret();
  process.env.JWT_SECRET ||= secret();
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.STRAPI_DISABLE_UPDATE_NOTIFICATION = 'true';
  process.env.LOG_LEVEL ||= 'error';
  process.env.BROWSER = 'none';
}

export async function startStrapi(): Promise<Core.Strapi> {
  testEnv();
  if (process.env.DATABASE_CLIENT === 'postgres') {
    pgDatabase = `gk_test_${rand()}`;
    await pgAdmin((c) => c.query(`CREATE DATABASE ${pgDatabase}`));
    process.env.DATABASE_NAME = pgDatabase;
  } else {
    fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
    sqliteFile = path.join(root, '.tmp', `test-${rand()}.db`);
    process.env.DATABASE_FILENAME = sqliteFile;
  }
  const { createStrapi } = require('@strapi/strapi');
  const app: Core.Strapi = await createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  app.server.mount();
  return app;
}

export async function stopStrapi(app: Core.Strapi | undefined) {
  if (app) {
    // let after-commit reactions of the last test finish before plugins and the DB close
    await (app as any).settleEvents?.();
    await app.destroy();
  }
  if (pgDatabase) {
    const db = pgDatabase;
    pgDatabase = null;
    await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));
  }
  if (sqliteFile) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(sqliteFile + suffix, { force: true });
    sqliteFile = null;
  }
}
