import { readdirSync, readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';

/** The example assessments in `examples/`, served as static files for the start page. */
export const EXAMPLE_DIR = 'examples';

export const getStaticPaths: GetStaticPaths = () =>
  readdirSync(EXAMPLE_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ params: { name: f.replace(/\.json$/, '') } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(`${EXAMPLE_DIR}/${params['name']}.json`, 'utf8'), {
    headers: { 'Content-Type': 'application/json' },
  });
