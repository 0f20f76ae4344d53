#!/usr/bin/env node
// Offline manifest validation: the XSD check with xmllint (the schemas in test/schemas/), plus the checks
// no XSD makes: every resid is defined, the shared runtime uses one resid, the SharedRuntime requirement
// set is declared, and every URL under the hosting address names a file the build emitted.
//   node scripts/check-manifest.js manifest.xml [dist/manifest.xml --dist dist]
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const SCHEMA = path.join(__dirname, "..", "test", "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");

/** Runs xmllint; returns [] when the file validates, else its error lines. */
function schemaErrors(file) {
  const r = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (r.error) return [`xmllint could not run (${r.error.code}): install libxml2-utils`];
  if (r.status === 0) return [];
  return (r.stderr || "").split("\n").filter((l) => l && !/fails to validate$/.test(l));
}

function stripComments(xml) {
  return xml.replace(/<!--[\s\S]*?-->/g, "");
}

function attr(tag, name) {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}

/** Cross-reference problems of a manifest's text; `distDir` also checks URLs against the built files. */
function crossReferenceErrors(xmlText, options = {}) {
  const xml = stripComments(xmlText);
  const errors = [];
  const defined = new Set();
  for (const m of xml.matchAll(/<bt:(?:Image|Url|String)\b[^>]*>/g)) {
    const id = attr(m[0], "id");
    if (id) {
      if (defined.has(id)) errors.push(`resource id "${id}" is defined twice`);
      defined.add(id);
    }
  }
  for (const m of xml.matchAll(/<[A-Za-z:]+\b[^>]*\sresid="([^"]*)"[^>]*>/g)) {
    if (!defined.has(m[1])) errors.push(`resid "${m[1]}" is used but not defined in <Resources>`);
  }

  const runtime = /<Runtime\b[^>]*>/.exec(xml);
  if (runtime) {
    const runtimeId = attr(runtime[0], "resid");
    const page = /<ExtensionPoint\s+xsi:type="CustomFunctions">[\s\S]*?<Page>\s*<SourceLocation\b[^>]*>/.exec(xml);
    const pageId = page ? attr(page[0].slice(page[0].lastIndexOf("<SourceLocation")), "resid") : undefined;
    const functionFile = /<FunctionFile\b[^>]*>/.exec(xml);
    const functionFileId = functionFile ? attr(functionFile[0], "resid") : undefined;
    if (pageId !== runtimeId) errors.push(`shared runtime: <Runtime resid="${runtimeId}"> but the custom functions <Page> uses "${pageId}"`);
    if (functionFileId !== runtimeId) errors.push(`shared runtime: <Runtime resid="${runtimeId}"> but <FunctionFile> uses "${functionFileId}"`);
    if (!/<Set\s+Name="SharedRuntime"/.test(xml)) errors.push(`<Runtimes> needs the SharedRuntime requirement set`);
  }
  if (!/<ExtensionPoint\s+xsi:type="CustomFunctions">/.test(xml)) errors.push("no CustomFunctions extension point");
  const namespaceRef = /<Namespace\s+resid="([^"]*)"/.exec(xml);
  const ns = namespaceRef && new RegExp(`<bt:String\\s+id="${namespaceRef[1]}"\\s+DefaultValue="([^"]*)"`).exec(xml);
  if (options.namespace && (!ns || ns[1] !== options.namespace)) errors.push(`custom functions namespace is not ${options.namespace}`);

  if (options.distDir && options.baseUrl) {
    const urls = new Set();
    for (const m of xml.matchAll(/(?:DefaultValue|Value)="(https:[^"]*)"/g)) urls.add(m[1]);
    for (const url of urls) {
      if (!url.startsWith(options.baseUrl)) continue;
      const rel = decodeURIComponent(url.slice(options.baseUrl.length).split(/[?#]/)[0]);
      if (!fs.existsSync(path.join(options.distDir, rel))) errors.push(`URL ${url} names ${rel}, which the build did not emit`);
    }
    for (const m of xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)) {
      if (!m[1].startsWith(options.baseUrl) && !/^https:\/\/go\.microsoft\.com\//.test(m[1])) {
        errors.push(`URL ${m[1]} is outside the hosting address ${options.baseUrl}`);
      }
    }
  }
  return errors;
}

/** The hosting address a built manifest was made for: the folder of its task pane page. */
function baseUrlOf(xmlText) {
  const m = /<SourceLocation\s+DefaultValue="([^"]*)"/.exec(stripComments(xmlText));
  return m ? m[1].replace(/[^/]*$/, "") : undefined;
}

function validate(file, distDir) {
  const text = fs.readFileSync(file, "utf8");
  return [
    ...schemaErrors(file),
    ...crossReferenceErrors(text, { namespace: "SANDAN", distDir, baseUrl: distDir ? baseUrlOf(text) : undefined }),
  ];
}

module.exports = { schemaErrors, crossReferenceErrors, baseUrlOf, validate };

if (require.main === module) {
  const args = process.argv.slice(2);
  const distAt = args.indexOf("--dist");
  const distDir = distAt >= 0 ? args.splice(distAt, 2)[1] : undefined;
  let failed = false;
  for (const file of args.length ? args : ["manifest.xml"]) {
    const errors = validate(file, file.startsWith(distDir || "\0") ? distDir : undefined);
    if (errors.length) {
      failed = true;
      console.error(`${file}: invalid`);
      for (const e of errors) console.error(`  ${e}`);
    } else console.log(`${file}: valid`);
  }
  process.exit(failed ? 1 : 0);
}
