// Eleventy Dev Server ships no type declarations; this names what src/render/eleventy.ts patches.
declare module "@11ty/eleventy-dev-server" {
  import type { Server } from "node:http";
  export default class DevServer {
    server: Server;
    _serverListen(port: number): void;
  }
}
