// `npm run build:web`: the browser editor as one self-contained file, dist/web/samverkan.html.
// Everything is inline (script, style; the YAML editor and the .docx renderer as unparsed data
// blocks run when first needed) and allowed by hash in a strict Content Security Policy: nothing may leave the page.
// The same page is what `samverkan editor` serves.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'dist/web/samverkan.html');

/** The handlebars compiler generates code at run time; the page renders from precompiled templates only. */
const noCompiler = {
  name: 'no-template-compiler',
  setup(b) {
    b.onResolve({ filter: /template-compiler\.js$/ }, () => ({ path: 'template-compiler', namespace: 'stub' }));
    b.onResolve({ filter: /^handlebars$/ }, () => ({ path: join(root, 'node_modules/handlebars/dist/cjs/handlebars.runtime.js') }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        "const no = () => { throw new Error('template compiler not in the browser build'); };\nexport const parseTemplateText = no, precompileSource = no, precompileNow = no;\n",
      loader: 'js',
    }));
  },
};

/**
 * js-yaml is the CLI's fast path for clean files; the page reads every text with the careful
 * reader (yaml), which gives the same agreement (a property test holds the two readers to the
 * same answer) and the positions the form needs anyway. Leaving it out keeps the page smaller.
 */
const noFastReader = {
  name: 'no-fast-reader',
  setup(b) {
    b.onResolve({ filter: /^js-yaml$/ }, () => ({ path: 'js-yaml', namespace: 'no-fast-reader' }));
    b.onLoad({ filter: /.*/, namespace: 'no-fast-reader' }, () => ({
      contents: "export default { CORE_SCHEMA: undefined, types: undefined, load() { throw new Error('the page reads with yaml only'); } };\n",
      loader: 'js',
    }));
  },
};

/** The modules src/web/shared.ts hands on, by the end of their import path. */
const SHARED =
  /(check\/rulesets|check\/check|schema\/agreement|core\/time|core\/validate|core\/dates|core\/term|core\/activities|core\/numbers|core\/regions|core\/id|core\/suggest)\.js$/;

/** In the .docx chunk: modules the start-up script already has come from its table (src/web/shared.ts). */
const shared = {
  name: 'shared-modules',
  setup(b) {
    const key = (p) => SHARED.exec(p)?.[1];
    b.onResolve({ filter: SHARED }, (args) => ({ path: key(args.path), namespace: 'shared' }));
    b.onLoad({ filter: /.*/, namespace: 'shared' }, (args) => ({
      contents: `module.exports = globalThis.samverkanShared[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

/** In the tools chunk (comparison, regional overview): the precompiled templates come from the Word chunk's table (src/web/render-chunk.ts), run before it. */
const renderModules = {
  name: 'render-modules',
  setup(b) {
    b.onResolve({ filter: /render\/templates\.generated\.js$/ }, () => ({ path: 'render/templates.generated', namespace: 'render-modules' }));
    b.onLoad({ filter: /.*/, namespace: 'render-modules' }, (args) => ({
      contents: `module.exports = globalThis.samverkanRenderModules[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

async function bundle(entry, extra = []) {
  const r = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
    plugins: [noCompiler, noFastReader, ...extra],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  // "<!--" occurs in string literals of the XML code (docx); escaped it reads the same and cannot
  // start the HTML parser's script-escape state. The result must still parse as JavaScript.
  const text = r.outputFiles[0].text.trimEnd().replaceAll('<!--', '<\\!--');
  new Function(text);
  if (/<\/script|<!--/i.test(text)) throw new Error(`${entry}: the bundle contains "</script" or "<!--" and cannot be inlined`);
  return text;
}

const sha = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const started = Date.now();
const [app, yamlEditor, renderer, tools] = await Promise.all([
  bundle('src/web/main.ts'),
  bundle('src/web/yaml-editor.ts'),
  bundle('src/web/render-chunk.ts', [shared]),
  bundle('src/web/tools-chunk.ts', [shared, renderModules]),
]);
const css = readFileSync(join(root, 'src/web/style.css'), 'utf8');
const policy = [
  "default-src 'none'",
  `script-src ${sha(app)} ${sha(yamlEditor)} ${sha(renderer)} ${sha(tools)}`,
  `style-src ${sha(css)}`,
  "img-src 'none'",
  "font-src 'none'",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

const html = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>samverkan – avtalsredigeraren</title>
<style>${css}</style>
</head>
<body>
<noscript>Redigeraren behöver JavaScript.</noscript>
<div id="app"></div>
<!--samverkan:initial-->
<script type="text/plain" id="yaml-editor-code">${yamlEditor}</script>
<script type="text/plain" id="render-code">${renderer}</script>
<script type="text/plain" id="tools-code">${tools}</script>
<script>${app}</script>
</body>
</html>
`;
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(`${outFile}.tmp`, html);
renameSync(`${outFile}.tmp`, outFile);
writeFileSync(join(root, 'dist/web/csp.txt'), `${policy}\n`);
const kb = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB (${(gzipSync(s).length / 1024).toFixed(0)} KB gzip)`;
// What is parsed before the first verdict or download: everything but the parts run only when the officer asks for them.
const initial = html.replace(yamlEditor, '').replace(tools, '');
console.log(
  `skrev dist/web/samverkan.html: ${kb(html)}; utan YAML-redigeraren och verktygen ${kb(initial)}; därav körs vid start ${kb(app)}, vid första .docx ${kb(renderer)}; YAML-redigeraren ${kb(yamlEditor)}; jämförelse och översikt ${kb(tools)}; ${Date.now() - started} ms`,
);
