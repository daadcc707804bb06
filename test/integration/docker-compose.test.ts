/** docker-compose.yml is valid: checked by the docker client itself (`docker compose config`). */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function composeCommand(): string[] | null {
  if (spawnSync('docker', ['compose', 'version']).status === 0) return ['docker', 'compose'];
  if (spawnSync('docker-compose', ['version']).status === 0) return ['docker-compose'];
  return null;
}

describe('docker-compose.yml', () => {
  it('is accepted by `docker compose config`, with the official Meilisearch image and MEILI_URL for the app', () => {
    const cmd = composeCommand();
    expect(cmd, 'no docker compose client: install docker-compose (Debian) or the compose plugin').not.toBeNull();
    const out = execFileSync(cmd![0]!, [...cmd!.slice(1), 'config'], {
      env: { ...process.env, MEILI_MASTER_KEY: 'a-test-master-key-0123456789' }, encoding: 'utf8',
    });
    expect(out).toContain('getmeili/meilisearch:v1.21');
    expect(out).toMatch(/MEILI_URL:\s*http:\/\/meilisearch:7700/);
  });

  it('refuses to start without a master key', () => {
    const cmd = composeCommand()!;
    const env = { ...process.env };
    delete env.MEILI_MASTER_KEY;
    const res = spawnSync(cmd[0]!, [...cmd.slice(1), 'config'], { env, encoding: 'utf8' });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toContain('MEILI_MASTER_KEY');
  });
});
