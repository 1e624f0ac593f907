import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', metafile: true, logLevel: 'error' });
const out = r.outputFiles[0].contents;
console.log('total', out.length, 'gz', gzipSync(out).length);
const o = Object.values(r.metafile.outputs)[0];
for (const [k, v] of Object.entries(o.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 25)) console.log(v.bytesInOutput, k);
