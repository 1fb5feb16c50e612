# syntax=docker/dockerfile:1
# The chatwire gateway as a container image.
#   docker build -t chatwire .
#   docker run --rm -p 8787:8787 chatwire                      # the embedded default (emulators)
#   docker run --rm -p 8787:8787 -v "$PWD/chatwire.yaml:/config/chatwire.yaml:ro" \
#     -e OPENAI_API_KEY chatwire --config /config/chatwire.yaml
# tests/packaging/dockerfile.test.ts lints this file and runs its runtime stage outside Docker.

ARG NODE_IMAGE=node:20-slim

# ── build: the workspace with the pinned pnpm, the bundled gateway packed as npm would publish it
FROM ${NODE_IMAGE} AS build
WORKDIR /repo
RUN npm install --global --no-audit --no-fund pnpm@10.34.8
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm fetch
COPY . .
RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install --offline --frozen-lockfile \
  && pnpm --filter @chatwire/gateway build \
  && pnpm --filter @chatwire/gateway pack --pack-destination /repo/out \
  && mv /repo/out/chatwire-gateway-*.tgz /repo/out/gateway.tgz

# ── runtime: Node, the bundled gateway and its production dependencies, nothing else
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
  PORT=8787 \
  PATH=/app/node_modules/.bin:$PATH
WORKDIR /app
COPY --from=build /repo/out/gateway.tgz /tmp/gateway.tgz
# The npm cache is a build cache mount, not a layer of the image.
RUN --mount=type=cache,target=/root/.npm \
  npm install --omit=dev --ignore-scripts --no-audit --no-fund /tmp/gateway.tgz \
  && rm /tmp/gateway.tgz
# The files stay root's and read-only to the gateway, which runs as the image's unprivileged user.
USER node
EXPOSE 8787
STOPSIGNAL SIGTERM
# No curl in the image: Node's fetch asks the readiness probe (503 while starting or draining).
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz').then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["chatwire", "--host", "0.0.0.0"]
CMD []
