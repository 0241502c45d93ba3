// One load segment of `bench/run.sh versus-postgraphile`: autocannon POSTs one GraphQL request over and over on N
// connections for D seconds. Every answer must be byte for byte the one given (a wrong, refused or failed answer
// counts as an error). Prints one JSON line: requests answered, errors, seconds, and every latency in ms.
// Usage: node load.mjs <spec.json>, the spec holding { url, body, headers, expectBody, connections, duration }.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
const latencies = [];
const instance = autocannon(
  {
    url: spec.url,
    method: "POST",
    headers: { "content-type": "application/json", ...spec.headers },
    body: spec.body,
    expectBody: spec.expectBody,
    connections: spec.connections,
    duration: spec.duration,
  },
  (error, result) => {
    if (error) throw error;
    const failed = result.errors + result.timeouts + result.non2xx + result.mismatches;
    console.log(JSON.stringify({
      requests: latencies.length,
      errors: failed,
      seconds: result.duration,
      latencies,
    }));
  },
);
instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
