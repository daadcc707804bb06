/** docker-compose.yml is valid: checked by the docker client itself (`docker compose config`). */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../indexer/config.ts';

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
      env: { ...process.env, MEILI_MASTER_KEY: 'a-test-master-key-0123456789' },
      encoding: 'utf8',
    });
    expect(out).toContain('getmeili/meilisearch:v1.21');
    expect(out).toMatch(/MEILI_URL:\s*http:\/\/meilisearch:7700/);
  });

  it('the `shards` profile: three Meilisearch services, and the app given all three as MEILI_REMOTES that our config accepts', () => {
    const cmd = composeCommand()!;
    const out = execFileSync(cmd[0]!, [...cmd.slice(1), '--profile', 'shards', 'config'], {
      env: { ...process.env, MEILI_MASTER_KEY: 'a-test-master-key-0123456789' },
      encoding: 'utf8',
    });
    for (const shard of ['meili-s0', 'meili-s1', 'meili-s2']) expect(out).toMatch(new RegExp(`^  ${shard}:$`, 'm'));
    const remotes = /MEILI_REMOTES:\s*(\S+)/.exec(out)?.[1];
    expect(readConfig({ MEILI_REMOTES: remotes }).remotes).toEqual(
      ['s0', 's1', 's2'].map((name) => ({
        name,
        url: `http://meili-${name}:7700`,
        apiKey: 'a-test-master-key-0123456789',
      })),
    );
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
