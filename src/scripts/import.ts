import path from 'path';
import { runScript } from './boot';

// npm run import -- <file…> [--dry-run] [--json] [--yes] [--skip-existing] [--no-compile]
// R41: each file becomes a draft notice with its task table, all or nothing per file;
// exit code 1 when any file could not be read, parsed or written. The work is the
// importer plugin's (its service's runCli); this only boots Strapi around it.
// `--no-compile` skips compiling the app (dist/ is current).

// Paths are taken relative to where the command was typed: npm runs scripts from the app
// root (INIT_CWD keeps the caller's directory) and runScript moves there too.
const callerDir = process.env.INIT_CWD || process.cwd();
const argv = process.argv
  .slice(2)
  .filter((a) => a !== '--no-compile')
  .map((a) => (a.startsWith('--') ? a : path.resolve(callerDir, a)));

runScript(
  async (strapi) => {
    const importer = strapi.plugin('importer')?.service('importer') as any;
    if (!importer) throw new Error('公文导入插件（importer）未启用');
    return importer.runCli(argv, { out: (t: string) => console.log(t), err: (t: string) => console.error(t) });
  },
  { compile: !process.argv.includes('--no-compile'), logLevel: 'error' },
);
