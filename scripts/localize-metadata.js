// Splits the bilingual custom-function metadata (English, then Korean after "[ko]", written once in the
// JSDoc of src/functions/functions.ts) into functions.json (English) and functions.ko.json (Korean), and
// renders help.html, the function reference the manifest's SupportUrl points at.
"use strict";

const MARK = "[ko]";

/** "English text. [ko] 한국어" -> { en, ko }; throws when either half is missing. */
function splitBilingual(text, where) {
  const i = typeof text === "string" ? text.indexOf(MARK) : -1;
  if (i < 0) throw new Error(`${where}: description has no Korean part ("${MARK} ...")`);
  const en = text.slice(0, i).trim();
  const ko = text.slice(i + MARK.length).trim();
  if (!en || !ko) throw new Error(`${where}: description needs both an English and a Korean part`);
  if (ko.includes(MARK)) throw new Error(`${where}: "${MARK}" appears twice`);
  return { en, ko };
}

/** Returns { en, ko } metadata objects from the generator's bilingual metadata. */
function localizeMetadata(metadata) {
  const out = { en: { ...metadata, functions: [] }, ko: { ...metadata, functions: [] } };
  for (const fn of metadata.functions) {
    const desc = splitBilingual(fn.description, fn.id);
    const langs = { en: { ...fn, description: desc.en }, ko: { ...fn, description: desc.ko } };
    for (const lang of ["en", "ko"]) {
      langs[lang].parameters = (fn.parameters || []).map((p) => ({
        ...p,
        description: splitBilingual(p.description, `${fn.id}(${p.name})`)[lang],
      }));
      out[lang].functions.push(langs[lang]);
    }
  }
  return out;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

function renderHelp(localized, namespace) {
  const section = (fnKo, fnEn) => {
    const sig = `${namespace}.${fnKo.name}(${fnKo.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
    const rows = fnKo.parameters
      .map((p, i) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.description)}</td><td lang="en">${escapeHtml(fnEn.parameters[i].description)}</td></tr>`)
      .join("\n");
    return `<section id="${escapeHtml(fnKo.id)}">
<h2><code>${escapeHtml(sig)}</code></h2>
<p>${escapeHtml(fnKo.description)}</p>
<p lang="en">${escapeHtml(fnEn.description)}</p>
<table><thead><tr><th>인수 / Argument</th><th>설명</th><th>Description</th></tr></thead><tbody>
${rows}
</tbody></table>
</section>`;
  };
  const body = localized.ko.functions.map((fn, i) => section(fn, localized.en.functions[i])).join("\n");
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>산단 함수 도움말 / Sandan function help</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:"Malgun Gothic","Apple SD Gothic Neo","Noto Sans CJK KR",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccd;padding:.3rem .5rem;vertical-align:top;text-align:left}code{font-size:.95em}[lang=en]{color:#445}</style>
</head><body>
<h1>산단(Sandan) 함수 도움말 <small lang="en">Function reference</small></h1>
<p>셀에 <code>=${escapeHtml(namespace)}.</code> 을 입력하면 함수 목록이 나옵니다. <span lang="en">Type <code>=${escapeHtml(namespace)}.</code> in a cell to list the functions.</span></p>
${body}
</body></html>
`;
}

/** Webpack plugin: rewrites the generated metadata asset into the two languages and emits help.html. */
class LocalizedMetadataPlugin {
  constructor(options) {
    this.options = { input: "functions.json", korean: "functions.ko.json", help: "help.html", namespace: "SANDAN", ...options };
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          const asset = assets[this.options.input];
          if (!asset) return; // the metadata generator reported its own errors
          let localized;
          try {
            localized = localizeMetadata(JSON.parse(asset.source().toString()));
          } catch (e) {
            compilation.errors.push(new compiler.webpack.WebpackError(`functions metadata: ${e.message}`));
            return;
          }
          const json = (o) => new sources.RawSource(JSON.stringify(o, null, 2) + "\n");
          compilation.updateAsset(this.options.input, json(localized.en));
          compilation.emitAsset(this.options.korean, json(localized.ko));
          compilation.emitAsset(this.options.help, new sources.RawSource(renderHelp(localized, this.options.namespace)));
        },
      );
    });
  }
}

module.exports = { splitBilingual, localizeMetadata, renderHelp, LocalizedMetadataPlugin };
