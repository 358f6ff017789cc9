#!/usr/bin/env node
// Writes .env with freshly generated secrets on first run (never committed). Existing
// values are kept, missing ones are added, so re-running changes nothing.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const file = path.resolve(__dirname, '..', '.env');
const secret = () => crypto.randomBytes(16).toString('base64');
const wanted = {
  HOST: '::',
  PORT: '1337',
  APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  STRAPI_TELEMETRY_DISABLED: 'true',
};
const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
const have = new Set(current.split('\n').map((l) => l.split('=')[0].trim()).filter(Boolean));
const add = Object.entries(wanted).filter(([k]) => !have.has(k)).map(([k, v]) => `${k}=${v}`);
if (add.length) {
  fs.writeFileSync(file, (current && !current.endsWith('\n') ? current + '\n' : current) + add.join('\n') + '\n', { mode: 0o600 });
  console.log(`.env: 已生成 ${add.length} 项配置（${add.map((l) => l.split('=')[0]).join(', ')}）`);
}
