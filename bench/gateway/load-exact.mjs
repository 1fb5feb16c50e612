// Exactly N chat requests, C at a time over keep-alive connections, each read to its end;
// prints the status counts. For count-instructions.sh: node load-exact.mjs PORT N C BODY
import http from 'node:http'

const [port, n, c, body] = [
  Number(process.argv[2]),
  Number(process.argv[3]),
  Number(process.argv[4]),
  process.argv[5],
]
const agent = new http.Agent({ keepAlive: true, maxSockets: c })
let sent = 0,
  done = 0,
  bad = 0
const statuses = {}
await new Promise((resolve) => {
  const one = () => {
    if (sent >= n) return
    sent++
    const req = http.request(
      {
        port,
        host: '127.0.0.1',
        path: '/v1/chat/completions',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1
        if (res.statusCode !== 200) bad++
        res.resume()
        res.on('end', () => {
          done++
          if (done === n) resolve()
          else one()
        })
      },
    )
    req.on('error', (e) => {
      statuses[e.code] = (statuses[e.code] ?? 0) + 1
      bad++
      done++
      if (done === n) resolve()
      else one()
    })
    req.end(body)
  }
  for (let i = 0; i < c; i++) one()
})
console.log(JSON.stringify({ done, bad, statuses }))
agent.destroy()
