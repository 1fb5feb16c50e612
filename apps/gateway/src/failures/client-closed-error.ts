/** The client left: nobody is there to answer, stop quietly. */
export class ClientClosedError extends Error {
  constructor() {
    super('client disconnected')
    this.name = 'ClientClosedError'
  }
}
