# The images used by docker-compose.yml, from one build so that they agree:
#   app    (the default target) runs `npm start`, which migrates the database
#          given by DATABASE_URL before serving on :3000;
#   nginx  the official nginx image with that same build's static files and the
#          site config (deploy/nginx/templates), which its entrypoint renders.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci
COPY . .
# The build reads no data; the variables only satisfy the start-up validation (a random,
# discarded secret: placeholders are refused, and nothing is signed at build time).
# AUTH_URL, when given, makes the prerendered pages' canonical links absolute on the site's origin.
ARG AUTH_URL
RUN DATABASE_URL=postgresql://build@localhost/build \
    AUTH_SECRET="$(node -e "process.stdout.write(require('crypto').randomBytes(33).toString('base64url'))")" \
    npm run build

FROM nginx:1.27-alpine AS nginx
RUN rm /etc/nginx/conf.d/default.conf
COPY deploy/nginx/templates /etc/nginx/templates
# Build assets have content-hashed names: nginx serves them from here, compressed once now (gzip_static).
COPY --from=build /app/.next/static /srv/case-studies/static
RUN find /srv/case-studies/static -type f \( -name '*.js' -o -name '*.css' -o -name '*.json' -o -name '*.svg' -o -name '*.txt' \) \
      -exec sh -c 'for f; do gzip -9 -c "$f" > "$f.gz"; done' sh {} +
ENV NEXT_STATIC_DIR=/srv/case-studies/static \
    NGINX_CACHE_DIR=/var/cache/nginx/case-studies \
    NGINX_LISTEN=8080 \
    APP_UPSTREAM=app:3000
EXPOSE 8080

FROM build AS app
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npm", "start"]
