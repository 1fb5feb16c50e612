import { describe, expect, it } from 'vitest'
import { renderDocsInitScript, renderDocsPage } from './render-docs-page'

describe('renderDocsPage', () => {
  it('links the assets under the base path and escapes the title', () => {
    const html = renderDocsPage({ title: 'Acme <gateway> & "co"', basePath: '/docs' })
    expect(html).toContain('<title>Acme &lt;gateway&gt; &amp; &quot;co&quot;</title>')
    expect(html).toContain('<link rel="stylesheet" href="/docs/swagger-ui.css">')
    expect(html).toContain('<script src="/docs/swagger-ui-bundle.js"></script>')
    expect(html).toContain('<script src="/docs/init.js"></script>')
    expect(html).not.toMatch(/https?:\/\//)
  })
})

describe('renderDocsInitScript', () => {
  it('points Swagger UI at the document and turns the online validator off', () => {
    expect(renderDocsInitScript('/openapi.json')).toBe(
      'window.ui = SwaggerUIBundle({"url":"/openapi.json","dom_id":"#swagger-ui","deepLinking":true,"validatorUrl":null})\n',
    )
  })
})
