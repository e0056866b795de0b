/**
 * `npm start`: builds the site for the address it is about to serve — http://localhost:4321/ (or
 * PORT), under BASE_PATH if set — and serves it there, so every link, share card and QR code works
 * on the computer that runs it. It first checks that the port is free: a preview server that moved
 * to another port would serve pages whose links point at the wrong one.
 * `--no-build` serves dist/ as it is: for `npm test`, which has just built it for the same address.
 */
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.PORT || 4321);
const host = 'localhost';
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`npm start: PORT "${process.env.PORT}" is not a port number`);
  process.exit(1);
}
try {
  await new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject).once('listening', () => probe.close(resolve));
    probe.listen(port, host);
  });
} catch (e) {
  console.error(`npm start: port ${port} on ${host} is in use (${e.code ?? e.message}). Stop what runs there, or start on another port: PORT=4330 npm start`);
  process.exit(1);
}

const astro = fileURLToPath(new URL('../../node_modules/astro/astro.js', import.meta.url));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: `http://${host}:${port}` };
if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const preview = spawn(process.execPath, [astro, 'preview', '--host', host, '--port', String(port)], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
