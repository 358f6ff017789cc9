import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { AddressInfo } from 'net';

// Real-browser tests drive Debian's chromium with playwright-core (never a downloaded
// browser). Flags keep it off the network this machine does not have.
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

export async function launchChromium() {
  const { chromium } = require('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`找不到 Chromium：${executablePath}（apt-get install chromium）`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Listen on an ephemeral loopback port; returns the base URL. */
export async function listen(app: Core.Strapi): Promise<string> {
  const server = app.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export function artifactPath(name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
