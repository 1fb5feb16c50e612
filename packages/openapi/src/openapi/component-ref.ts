/** Where a named schema lives in an OpenAPI document. */
export const toComponentRef = (id: string): string => `#/components/schemas/${id}`
