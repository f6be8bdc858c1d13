# hadolint's documented examples for DL3045, DL3022 and DL3060, bad then good.
FROM debian:12.11 AS build
# DL3045
# want DF048 19-20 "COPY to the relative path . with no WORKDIR: it lands under / of debian:12.11"
COPY package.json .
WORKDIR /usr/src/app
COPY package.json .

FROM node:22.11-slim
# DL3022
# want DF049 6-20 "--from=builder names no stage, so BuildKit pulls the image docker.io/library/builder"
COPY --from=builder /usr/src/app /app/
COPY --from=build /usr/src/app /app/
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/
# DL3060
# want DF050 5-35 "yarn install keeps its package cache in the layer"
RUN yarn install --frozen-lockfile
RUN yarn install --frozen-lockfile && yarn cache clean
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile
CMD ["node", "server.js"]
