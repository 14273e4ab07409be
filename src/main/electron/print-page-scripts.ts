/**
 * The scripts main runs in a warm print window (webContents.executeJavaScript). Every value
 * crosses as a JSON literal, never spliced in as code.
 */
const warmFontsId = 'halldesk-warm-fonts';

/** Characters every document prints (titles, dates, page numbers): their font subsets are decoded at once. */
const warmSample = '受理通知书回执容缺承诺一次性告知不予收件凭证送达回证办事指南第页共号年月日申请人身份证件材料份窗口0123456789';

/**
 * Puts the print fonts' @font-face rules into the blank page, in a style element that every
 * document set later keeps, and loads (fetches and decodes) the subsets of the sample text in
 * regular and bold. Resolves once they are ready.
 */
export function warmFontsScript(fontCss: string): string {
  return `(() => {
  const style = document.createElement('style');
  style.id = ${JSON.stringify(warmFontsId)};
  style.textContent = ${JSON.stringify(fontCss)};
  document.head.append(style);
  void document.body.getBoundingClientRect();
  const families = new Set(Array.from(document.fonts, (face) => face.family.replace(/["']/g, '')));
  const loads = [];
  for (const family of families) for (const weight of ['400', '700']) loads.push(document.fonts.load(weight + ' 16px "' + family + '"', ${JSON.stringify(warmSample)}));
  return Promise.all(loads).then(() => document.fonts.ready).then(() => families.size);
})()`;
}

/**
 * Sets a document into the warm page without navigating: a navigation (loadFile, a data URL)
 * would drop the page and the fonts decoded in it, and a data URL's opaque origin could not load
 * the fonts' file URLs at all. The document is parsed by DOMParser (its scripts never run, as the
 * document has none and its CSP allows none) and its head and body replace the page's, except
 * the warm fonts' style element. Resolves, once its fonts are ready, to the body's height in px.
 */
export function setDocumentScript(html: string): string {
  return `(() => {
  const next = new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html');
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  for (const attribute of Array.from(next.documentElement.attributes)) root.setAttribute(attribute.name, attribute.value);
  const fonts = document.getElementById(${JSON.stringify(warmFontsId)});
  document.head.replaceChildren(...(fonts ? [fonts] : []), ...Array.from(next.head.childNodes).map((node) => document.adoptNode(node)));
  document.body.replaceWith(document.adoptNode(next.body));
  void document.body.getBoundingClientRect();
  return document.fonts.ready.then(() => Math.ceil(document.body.getBoundingClientRect().height));
})()`;
}

/** The 80 mm roll's page, as long as the measured content; it leaves with the document's head. */
export function rollPageScript(heightMm: number): string {
  return `(() => {
  const style = document.createElement('style');
  style.textContent = ${JSON.stringify(`@page { size: 80mm ${heightMm}mm; margin: 0; }`)};
  document.head.append(style);
  return true;
})()`;
}
