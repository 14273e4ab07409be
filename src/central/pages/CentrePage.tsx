/** @jsxRuntime automatic */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

const pageCss = `
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1f2328; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; white-space: nowrap; }
.muted { color: #656d76; } .bad { color: #b42318; }
`;

/** The frame every centre page shares: its few styles, no scripts, no referrer. */
function CentrePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{title}</title>
        {/* A constant of this file, never request data: React would escape the quotes CSS needs. */}
        <style dangerouslySetInnerHTML={{ __html: pageCss }} />
      </head>
      <body>{children}</body>
    </html>
  );
}

/** A whole page as HTML; React escapes every text and attribute value in it. */
export function renderCentrePage(title: string, body: ReactNode): string {
  return `<!doctype html>\n${renderToStaticMarkup(<CentrePage title={title}>{body}</CentrePage>)}`;
}
