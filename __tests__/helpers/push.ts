/** Images pushed to a lab registry by end-to-end tests (see lab/seed.mjs). */
import { pushImage, pushManifest } from '../../lab/seed.mjs'

/**
 * An image of its own pushed as `repo:tag` to the registry at `base`: its
 * config carries `label`, so each tag has its own digest and a wrong choice
 * shows in the digest. Returns that digest.
 */
export async function pushTag(
  base: string,
  repo: string,
  tag: string,
  label = `${repo}:${tag}`
): Promise<string> {
  const image = await pushImage(base, repo, { label, variant: undefined })
  const { digest } = await pushManifest(base, repo, tag, image.manifest, image.mediaType)
  return digest
}
