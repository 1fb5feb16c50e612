export interface DocsPageOptions {
  title: string
  /** Where the page's assets are served from, e.g. `/docs`. */
  basePath: string
}

/** The API reference page: Swagger UI's stylesheet and bundle, started by `init.js`. */
export function renderDocsPage({ title, basePath }: DocsPageOptions): string {
  const base = escapeHtml(basePath)
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)}</title>
    <link rel="stylesheet" href="${base}/swagger-ui.css">
    <link rel="icon" type="image/png" href="${base}/favicon-32x32.png" sizes="32x32">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${base}/swagger-ui-bundle.js"></script>
    <script src="${base}/init.js"></script>
  </body>
</html>
`
}

/** Starts Swagger UI on `specUrl`; `validatorUrl: null` keeps it from calling swagger.io. */
export function renderDocsInitScript(specUrl: string): string {
  return `window.ui = SwaggerUIBundle(${JSON.stringify({
    url: specUrl,
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
  })})
`
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}
