// Fails the build when the first load (index.html, the scripts and styles it names and what they preload) is over
// the budget, gzipped. Lazily loaded pages are not part of it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const budgetBytes = 350 * 1024;
const out = new URL('../../api/wwwroot/admin/', import.meta.url).pathname;
const html = readFileSync(join(out, 'index.html'), 'utf8');
const files = ['index.html', ...[...html.matchAll(/(?:src|href)="\/admin\/([^"]+)"/g)].map((m) => m[1])];
const sizes = files.map((file) => ({ file, gzipped: gzipSync(readFileSync(join(out, file)), { level: 9 }).length }));
const total = sizes.reduce((sum, s) => sum + s.gzipped, 0);
for (const s of sizes) console.log(`  ${(s.gzipped / 1024).toFixed(1).padStart(7)} KB  ${s.file}`);
const line = `first load: ${(total / 1024).toFixed(1)} KB gzipped (budget ${budgetBytes / 1024} KB)`;
if (total > budgetBytes) {
  console.error(`${line}: over budget`);
  process.exit(1);
}
console.log(line);
