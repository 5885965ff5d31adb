/**
 * Serves the built client (client/dist) with a single-page-app fallback: any GET that is not
 * an API, websocket or asset path gets index.html. Without a build, a short hint instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const staticClientPlugin = fp<{ dir: string }>(
  async (app: FastifyInstance, { dir }) => {
    const hasBuild = existsSync(join(dir, 'index.html'));
    if (hasBuild) {
      await app.register(fastifyStatic, {
        root: dir,
        wildcard: false,
        index: false,
        maxAge: '1h',
        setHeaders(res, path) {
          // Hashed assets never change; index.html must be revalidated.
          if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
        },
      });
    }
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      const isPage = request.method === 'GET' && !/^\/(api|ws|assets)\//.test(path) && !/\.[a-z0-9]+$/i.test(path);
      if (isPage && hasBuild) {
        return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
      }
      if (isPage) {
        return reply.type('text/plain').send('PLG Board: the client is not built yet. Run `pnpm build`.');
      }
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Not found.' } });
    });
  },
  { name: 'static-client' },
);
