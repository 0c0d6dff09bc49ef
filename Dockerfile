# One build, three images: `api` (serves /api, /metrics, the queue dashboard and the console), `worker`
# (queues; /metrics and /health on its own port) and `programme-sim` (the digital programme's stand-in and
# the demo's engagement feed, for demos only). Each runtime image installs only the production dependencies
# its own app imports: the build writes dist/apps/<app>/package.json and package-lock.json for each
# (`npm install`, not `npm ci`: Nx's pruned lockfile can miss a transitive entry, which install fills in
# while keeping every version it does hold; the api's runtime tree is ~150 MB against 1.1 GB for the build).
FROM node:24-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true CI=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api worker console programme-sim

FROM node:24-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production

FROM runtime AS api
COPY --from=build /app/dist/apps/api/package.json /app/dist/apps/api/package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/apps/api ./dist/apps/api
COPY --from=build /app/dist/apps/console/browser ./dist/apps/console/browser
USER node
ENV PORT=3000 CONSOLE_DIST=dist/apps/console/browser
EXPOSE 3000
# A late schedule (503 degraded) leaves the api healthy: the worker, which waits for it, puts that right.
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(async r=>process.exit(r.ok||(await r.json()).status==='degraded'?0:1)).catch(()=>process.exit(1))"
# The V8 flags of tools/scripts/runtime-node-flags.mjs (a fixed young generation: a flat RSS).
CMD ["node", "--min-semi-space-size=16", "--max-semi-space-size=16", "--max-old-space-size=1024", "dist/apps/api/main.js"]

FROM runtime AS worker
COPY --from=build /app/dist/apps/worker/package.json /app/dist/apps/worker/package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/apps/worker ./dist/apps/worker
USER node
ENV DATABASE_RUN_MIGRATIONS=false WORKER_HTTP_PORT=3001
EXPOSE 3001
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:'+process.env.WORKER_HTTP_PORT+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--min-semi-space-size=16", "--max-semi-space-size=16", "--max-old-space-size=1024", "dist/apps/worker/main.js"]

FROM runtime AS programme-sim
COPY --from=build /app/dist/apps/programme-sim/package.json /app/dist/apps/programme-sim/package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/apps/programme-sim ./dist/apps/programme-sim
# The demo compose's one-shot `demo-feed` service runs this image with `node tools/demo-feed.mjs`.
COPY tools/scripts/demo-feed.mjs ./tools/demo-feed.mjs
USER node
ENV NODE_ENV=development PROGRAMME_SIM_PORT=3300
EXPOSE 3300
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:'+process.env.PROGRAMME_SIM_PORT+'/').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/apps/programme-sim/main.js"]
