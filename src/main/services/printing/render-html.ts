import { createRequire } from 'node:module';
import { createElement } from 'react';
import type { renderToStaticMarkup as RenderToStaticMarkup } from 'react-dom/server';
import { PrintDocument } from '../../../print-templates/PrintDocument';
import { documentCss, pageCss } from '../../../print-templates/styles';
import type { PrintData } from '../../../shared/print/print-data';

const fontsMarker = '/*halldesk:fonts*/';

// react-dom/server is loaded by the first document, not with the back end (its start is the clerk's wait).
const requireHere = createRequire(import.meta.url);
let renderer: typeof RenderToStaticMarkup | null = null;
const renderToStaticMarkup: typeof RenderToStaticMarkup = (element, options) => {
  renderer ??= (requireHere('react-dom/server') as { renderToStaticMarkup: typeof RenderToStaticMarkup }).renderToStaticMarkup;
  return renderer(element, options);
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * The complete HTML of a document: the same React template as the preview, rendered to static
 * markup (React escapes every text and attribute), with the CSS inline. No script can run: the
 * document carries a CSP that allows none, and there is none. Fonts are left as a marker and
 * put in by withFonts() at render time, so a stored document does not pin font file paths.
 */
export function documentHtml(data: PrintData): string {
  const body = renderToStaticMarkup(createElement(PrintDocument, { data }));
  const csp = "default-src 'none'; style-src 'unsafe-inline'; font-src file: data:; img-src data:";
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(data.title)}</title>
<style>${fontsMarker}
${documentCss}
${pageCss(data)}</style>
</head>
<body>${body}</body>
</html>`;
}

export function withFonts(html: string, fontCss: string): string {
  return html.replace(fontsMarker, () => fontCss);
}
