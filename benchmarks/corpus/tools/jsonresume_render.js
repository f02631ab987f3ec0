// Render JSON Resume files with one theme: node jsonresume_render.js THEME JOBS.json
// JOBS.json: [[input.json, output.html], ...]. The theme is resolved from NODE_PATH (the build's npm folder).
const fs = require('fs');
const [theme, jobsFile] = process.argv.slice(2);
(async () => {
  let mod;
  try { mod = require(theme); } catch (e) { mod = await import(theme); }
  const render = mod.render || (mod.default && mod.default.render);
  let failed = 0;
  for (const [inp, out] of JSON.parse(fs.readFileSync(jobsFile, 'utf8'))) {
    try {
      const html = await render(JSON.parse(fs.readFileSync(inp, 'utf8')));
      fs.writeFileSync(out, html);
    } catch (e) { failed++; console.error(inp, e && e.message); }
  }
  process.exit(failed ? 2 : 0);
})().catch(e => { console.error(e && e.stack || e); process.exit(1); });
