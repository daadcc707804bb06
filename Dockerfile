# The app only; Meilisearch runs from its official image (docker-compose.yml) and is reached with MEILI_URL.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# The embedded engine package is optional and not needed here.
RUN npm ci --omit=optional
COPY . .
ENV PORT=3000
# Listen on every interface: the container's port is published by docker (the default 127.0.0.1 is unreachable from outside).
ENV HOST=0.0.0.0
EXPOSE 3000
# npm forwards SIGTERM (docker stop) to the server, which stops cleanly.
CMD ["npm", "start"]
