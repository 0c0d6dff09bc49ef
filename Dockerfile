# One image build, three targets: `api` (serves /api and the console), `worker` (queues, no HTTP) and
# `programme-sim` (the digital programme's stand-in, for demos only).
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
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node

FROM runtime AS api
ENV PORT=3000 CONSOLE_DIST=dist/apps/console/browser
EXPOSE 3000
# A late schedule (503 degraded) leaves the api healthy: the worker, which waits for it, puts that right.
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(async r=>process.exit(r.ok||(await r.json()).status==='degraded'?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/apps/api/main.js"]

FROM runtime AS worker
ENV DATABASE_RUN_MIGRATIONS=false
CMD ["node", "dist/apps/worker/main.js"]

FROM runtime AS programme-sim
ENV NODE_ENV=development PROGRAMME_SIM_PORT=3300
EXPOSE 3300
CMD ["node", "dist/apps/programme-sim/main.js"]
