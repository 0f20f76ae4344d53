/**
 * A small streaming XML tokenizer for SpreadsheetML (no DOM): start tags with attributes, end tags, text with
 * the five predefined entities and character references. Comments, processing instructions and DOCTYPE are
 * skipped; no entity is ever expanded from a DTD. Linear in the input.
 */

export interface XmlHandler {
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Local name without a namespace prefix: "x:row" → "row". */
function local(name: string): string {
  const i = name.indexOf(":");
  return i >= 0 ? name.slice(i + 1) : name;
}

export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
    }
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return m;
    return String.fromCodePoint(code);
  });
}

function parseAttrs(s: string, offset: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && s.charCodeAt(i) <= 32) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && s[i] !== "=" && s.charCodeAt(i) > 32) i++;
    const name = s.slice(start, i);
    while (i < n && s.charCodeAt(i) <= 32) i++;
    if (s[i] !== "=") {
      if (name) attrs[local(name)] = "";
      continue;
    }
    i++;
    while (i < n && s.charCodeAt(i) <= 32) i++;
    const q = s[i];
    if (q !== '"' && q !== "'") throw new XmlSyntaxError(`attribute ${name} without quotes`, offset);
    const end = s.indexOf(q, i + 1);
    if (end < 0) throw new XmlSyntaxError(`unterminated attribute ${name}`, offset);
    attrs[local(name)] = decodeEntities(s.slice(i + 1, end));
    i = end + 1;
  }
  return attrs;
}

/** Scans `xml`, calling the handler for each tag and text run. Throws XmlSyntaxError on broken markup. */
export function scanXml(xml: string, h: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      if (h.text && i < n) h.text(decodeEntities(xml.slice(i)));
      break;
    }
    if (lt > i && h.text) h.text(decodeEntities(xml.slice(i, lt)));
    const c = xml[lt + 1];
    if (c === "?") {
      const e = xml.indexOf("?>", lt + 2);
      if (e < 0) throw new XmlSyntaxError("unterminated processing instruction", lt);
      i = e + 2;
      continue;
    }
    if (c === "!") {
      if (xml.startsWith("<!--", lt)) {
        const e = xml.indexOf("-->", lt + 4);
        if (e < 0) throw new XmlSyntaxError("unterminated comment", lt);
        i = e + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const e = xml.indexOf("]]>", lt + 9);
        if (e < 0) throw new XmlSyntaxError("unterminated CDATA", lt);
        if (h.text) h.text(xml.slice(lt + 9, e));
        i = e + 3;
      } else {
        // DOCTYPE or other declaration: skipped, internal subsets included, entities never expanded
        let depth = 0;
        let k = lt + 2;
        for (; k < n; k++) {
          const ch = xml[k];
          if (ch === "[") depth++;
          else if (ch === "]") depth--;
          else if (ch === ">" && depth <= 0) break;
        }
        if (k >= n) throw new XmlSyntaxError("unterminated declaration", lt);
        i = k + 1;
      }
      continue;
    }
    // a tag; find its end outside quoted attribute values
    let k = lt + 1;
    let quote = "";
    for (; k < n; k++) {
      const ch = xml[k];
      if (quote) {
        if (ch === quote) quote = "";
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === ">") break;
    }
    if (k >= n) throw new XmlSyntaxError("unterminated tag", lt);
    const body = xml.slice(lt + 1, k);
    i = k + 1;
    if (body[0] === "/") {
      if (h.close) h.close(local(body.slice(1).trim()));
      continue;
    }
    const selfClosing = body.endsWith("/");
    const inner = selfClosing ? body.slice(0, -1) : body;
    let e = 0;
    while (e < inner.length && inner.charCodeAt(e) > 32) e++;
    const name = local(inner.slice(0, e));
    if (!name) throw new XmlSyntaxError("empty tag name", lt);
    if (h.open) h.open(name, e < inner.length ? parseAttrs(inner.slice(e), lt) : {}, selfClosing);
    if (selfClosing && h.close) h.close(name);
  }
}
