// Bundles the npm packages the pages use (CodeMirror 6, KaTeX) into target/classes/public/vendor,
// so they end up in the jar and nothing is fetched from a CDN. Run by Maven (exec-maven-plugin,
// after `npm ci`); versions are pinned in package.json and package-lock.json.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] || join(here, 'target', 'classes', 'public', 'vendor');
mkdirSync(out, { recursive: true });

const options = { bundle: true, format: 'esm', minify: true, target: 'es2020', legalComments: 'linked', logLevel: 'warning' };
await build({ ...options, entryPoints: [join(here, 'codemirror-entry.js')], outfile: join(out, 'codemirror.js') });
await build({ ...options, stdin: { contents: "export { default } from 'katex';", resolveDir: here }, outfile: join(out, 'katex.js') });

// KaTeX's stylesheet and the woff2 fonts it names first (every browser we support takes woff2).
const katexDist = join(here, 'node_modules', 'katex', 'dist');
cpSync(join(katexDist, 'katex.min.css'), join(out, 'katex.min.css'));
mkdirSync(join(out, 'fonts'), { recursive: true });
for (const font of readdirSync(join(katexDist, 'fonts'))) {
  if (font.endsWith('.woff2')) cpSync(join(katexDist, 'fonts', font), join(out, 'fonts', font));
}
console.log(`vendor bundle written to ${out}`);
