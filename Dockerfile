# The app image used by docker-compose.yml: installs, builds, and runs `npm start`,
# which migrates the database given by DATABASE_URL before serving.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci
COPY . .
# The build reads no data; the variables only satisfy the start-up validation.
RUN DATABASE_URL=postgresql://build@localhost/build AUTH_SECRET=build-only-secret-build-only-secret-00 npm run build
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npm", "start"]
