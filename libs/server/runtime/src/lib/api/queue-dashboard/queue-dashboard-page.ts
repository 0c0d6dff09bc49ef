import type { NextFunction, Request, Response } from 'express';

/** bull-board's page links Google Fonts: a third-party request from an admin page, and one our CSP refuses. */
const EXTERNAL_STYLESHEET = /<link\b[^>]*\bhref="https?:\/\/[^"]*"[^>]*>\s*/gi;

/** The page without links to other origins (the board falls back to the system font). */
export function withoutExternalStylesheets(html: string): string {
  return html.replace(EXTERNAL_STYLESHEET, (link) => (/\brel="stylesheet"/i.test(link) ? '' : link));
}

/**
 * Express middleware: the board renders its one page with `res.render(view, params)`; this renders
 * it to a string first and sends it without the external stylesheet. Its files and API are untouched.
 */
export function servingPageWithoutExternalStylesheets(_req: Request, res: Response, next: NextFunction): void {
  const render = res.render.bind(res);
  res.render = ((view: string, options?: object) =>
    render(view, options ?? {}, (error: Error | null, html?: string) => (error ? next(error) : res.type('html').send(withoutExternalStylesheets(html ?? ''))))) as Response['render'];
  next();
}
