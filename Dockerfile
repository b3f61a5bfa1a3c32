# syntax=docker/dockerfile:1
# SPDX-FileCopyrightText: 2026 Tender Commons contributors
# SPDX-License-Identifier: EUPL-1.2
#
# Container image of Tender Commons: `docker build -t tender-commons .`, or `docker compose up`
# with docker-compose.yml (app + PostgreSQL 17).
#
# Nothing in this build downloads a binary from outside the npm registry: Prisma runs without its
# native engines (WebAssembly schema engine, driver adapter), so the image also builds behind a
# registry mirror in an air-gapped network.

ARG NODE_VERSION=22

# --- deps: node_modules as locked ------------------------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# --ignore-scripts: no dependency needs its install script, and Prisma's would try to download
# native engines (see CONTRIBUTING.md). `npm ci` refuses a lockfile that lacks other platforms'
# optional packages (written behind a single-platform registry mirror, or on another CPU
# architecture); `npm install --no-save` then installs the locked versions and fills the gaps.
RUN npm ci --ignore-scripts --no-audit --no-fund \
 || npm install --ignore-scripts --no-audit --no-fund --no-save

# --- build: Prisma client and the Next.js production build -----------------------------------------
FROM deps AS build
COPY . .
RUN npm run prisma:generate && npm run build

# --- runtime -----------------------------------------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000

# `npm start` (scripts/start.ts, run with tsx) applies the migrations, seeds when asked to, and
# serves the build: it needs the sources next to node_modules and .next, so the whole built tree
# is kept. The files belong to root and are read-only for the app; only .next (Next.js caches)
# and .data (embedded PostgreSQL, when DATABASE_URL is unset) are writable.
COPY --from=build /app /app
RUN mkdir -p /app/.data \
 && chown -R node:node /app/.next /app/.data

USER node
EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://localhost:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["npm", "start"]
