# The app only; Meilisearch runs from its official image (docker-compose.yml) and is reached with MEILI_URL.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# The embedded engine package is optional and not needed here.
RUN npm ci --omit=optional
COPY . .
ENV PORT=3000
EXPOSE 3000
CMD ["npm", "start"]
