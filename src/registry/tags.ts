/** Every tag of a repository, validated against the tag grammar where it enters. */
import { isValidTag } from '../reference.js'
import type { RegistryApi } from './api.js'
import { pullScope } from './api.js'
import type { PagerOptions } from './pager.js'
import { DEFAULT_PAGER, listAll } from './pager.js'

export interface TagList {
  readonly tags: string[]
  readonly pages: number
  /**
   * Tags outside `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`: dropped, counted, never
   * shown (a tag with a newline or `$(…)` would reach logs and shells).
   */
  readonly dropped: number
}

export async function listTags(
  api: RegistryApi,
  repository: string,
  options: PagerOptions = DEFAULT_PAGER
): Promise<TagList> {
  const ctx = api.context(`list the tags of '${repository}'`, repository)
  const { items, pages, dropped } = await listAll(
    api,
    {
      path: `/v2/${repository}/tags/list`,
      field: 'tags',
      scope: pullScope(repository),
      ctx,
      accept: isValidTag
    },
    options
  )
  if (dropped > 0) {
    api.log.warning(
      `${dropped} tag${dropped === 1 ? '' : 's'} of '${repository}' ${dropped === 1 ? 'is' : 'are'} not valid tag names; ignored.`
    )
  }
  return { tags: items, pages, dropped }
}
