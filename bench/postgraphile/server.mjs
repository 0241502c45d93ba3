// PostGraphile v5 over Gateway's tables (schema public), with connection filters and aggregates, for
// `bench/run.sh versus-postgraphile`. Usage: GATEWAY_CONNECTION="Host=…;Port=…;Username=…;Database=…" PORT=5192
// POOL_SIZE=16 node server.mjs (the connection string as Gateway takes it). Answers POST /graphql; no
// authentication: it is the engine that is measured, not a deployment.
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import pg from "pg";

const port = Number(process.env.PORT ?? 5192);
if (!process.env.GATEWAY_CONNECTION) throw new Error("GATEWAY_CONNECTION is required");
// Npgsql's "Key=Value;…" as node-postgres's settings.
const settings = Object.fromEntries(process.env.GATEWAY_CONNECTION.split(";").filter(Boolean).map((pair) => {
  const [key, ...value] = pair.split("=");
  return [key.trim().toLowerCase().replace(/\s+/g, ""), value.join("=").trim()];
}));
const pool = new pg.Pool({
  host: settings.host,
  port: Number(settings.port ?? 5432),
  user: settings.username ?? settings.user ?? settings.userid,
  password: settings.password,
  database: settings.database,
  // As many connections as the load has.
  max: Number(process.env.POOL_SIZE ?? 16),
});

const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset, PgAggregatesPreset],
  // Every column filterable and orderable, indexed or not (v5 offers only indexed ones by default): the queries
  // filter and sort people by kind and name as Gateway's do.
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({ pool, schemas: ["public"] }),
  ],
  grafserv: { port, graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.once("listening", () => console.log(`PostGraphile listening on http://127.0.0.1:${port}/graphql`));
serv.addTo(server).then(() => server.listen(port, "127.0.0.1"));

const stop = () => pgl.release().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
