// The part of the GitHub stand-in (lab/github-git.mjs) that pull requests
// meet people through (issue 19): issue comments (list, create), labels
// (read one, create; add to an issue or pull request, which must exist),
// requested reviewers (users who are collaborators, teams of the owner
// organisation; others refused with 422 as GitHub does), the files a pull
// request changes, and deleting a branch (DELETE git/refs/heads/…). Answers carry GitHub's status codes.
import { fail, send } from './github-git-objects.mjs'

/**
 * @typedef {{ comments: Map<number, { id: number, body: string, user: string }[]>,
 *   labels: Map<string, { name: string, color: string }>,
 *   collaborators: Set<string>, teams: Set<string> }} People
 */

/** @returns {People} */
export function peopleState({ collaborators = [], teams = [], labels = [] } = {}) {
  return {
    comments: new Map(),
    labels: new Map(labels.map(name => [name.toLowerCase(), { name, color: 'ededed' }])),
    collaborators: new Set(collaborators.map(c => c.toLowerCase())),
    teams: new Set(teams.map(t => t.toLowerCase()))
  }
}

/** Answers the request when it is one of these routes; false otherwise. */
export function peopleRoutes(ctx, method, rest) {
  const { state, res, body } = ctx
  const people = /** @type {People} */ (state.people)
  let m
  if ((m = /^issues\/(\d+)\/comments$/.exec(rest))) {
    const pull = state.pulls.find(p => p.number === Number(m[1]))
    if (!pull) return (fail(res, 404, 'Not Found'), true)
    const list = people.comments.get(pull.number) ?? []
    people.comments.set(pull.number, list)
    if (method === 'GET') return (send(res, 200, list.map(commentJson)), true)
    if (method !== 'POST' || typeof body?.body !== 'string' || !body.body) {
      return (fail(res, 422, 'Validation Failed'), true)
    }
    const comment = { id: 9000 + list.length, body: body.body, user: 'github-actions[bot]' }
    list.push(comment)
    return (send(res, 201, commentJson(comment)), true)
  }
  if ((m = /^issues\/(\d+)\/labels$/.exec(rest)) && method === 'POST') {
    const pull = state.pulls.find(p => p.number === Number(m[1]))
    if (!pull) return (fail(res, 404, 'Not Found'), true)
    const names = Array.isArray(body?.labels) ? body.labels : []
    for (const name of names) {
      const label = people.labels.get(String(name).toLowerCase())
      if (!label) return (fail(res, 422, `Label does not exist: ${name}`), true)
      pull.labels = [...new Set([...(pull.labels ?? []), label.name])]
    }
    return (
      send(
        res,
        200,
        (pull.labels ?? []).map(name => ({ name }))
      ),
      true
    )
  }
  if ((m = /^labels\/(.+)$/.exec(rest)) && method === 'GET') {
    const label = people.labels.get(m[1].toLowerCase())
    return (label ? send(res, 200, label) : fail(res, 404, 'Not Found'), true)
  }
  if (rest === 'labels' && method === 'POST') {
    const name = typeof body?.name === 'string' ? body.name : ''
    if (!name || people.labels.has(name.toLowerCase())) {
      return (
        fail(res, 422, 'Validation Failed', undefined, { errors: [{ code: 'already_exists' }] }),
        true
      )
    }
    people.labels.set(name.toLowerCase(), { name, color: String(body.color ?? 'ededed') })
    return (send(res, 201, people.labels.get(name.toLowerCase())), true)
  }
  if ((m = /^pulls\/(\d+)\/requested_reviewers$/.exec(rest)) && method === 'POST') {
    return (requestReviewers(ctx, Number(m[1])), true)
  }
  if ((m = /^pulls\/(\d+)\/files$/.exec(rest)) && method === 'GET') {
    const pull = state.pulls.find(p => p.number === Number(m[1]))
    if (!pull) return (fail(res, 404, 'Not Found'), true)
    return (send(res, 200, changedFiles(state, pull)), true)
  }
  if ((m = /^git\/refs\/(heads\/.+)$/.exec(rest)) && method === 'DELETE') {
    const ref = `refs/${m[1]}`
    if (!state.refs.has(ref)) return (fail(res, 422, 'Reference does not exist'), true)
    state.refs.delete(ref)
    res.writeHead(204).end()
    return true
  }
  return false
}

function requestReviewers({ state, where, res, body }, number) {
  const people = /** @type {People} */ (state.people)
  const pull = state.pulls.find(p => p.number === number)
  if (!pull) return fail(res, 404, 'Not Found')
  const users = Array.isArray(body?.reviewers) ? body.reviewers.map(String) : []
  const teams = Array.isArray(body?.team_reviewers) ? body.team_reviewers.map(String) : []
  const strangers = users.filter(u => !people.collaborators.has(u.toLowerCase()))
  const unknownTeams = teams.filter(t => !people.teams.has(`${where.owner}/${t}`.toLowerCase()))
  if (strangers.length || unknownTeams.length) {
    return fail(
      res,
      422,
      'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the octo/site repository.'
    )
  }
  pull.reviewers = [...(pull.reviewers ?? []), ...users, ...teams.map(t => `${where.owner}/${t}`)]
  return send(res, 201, { number })
}

/** The paths whose blobs differ between the base's head and the pull request's head. */
function changedFiles(state, pull) {
  const files = sha => {
    const out = new Map()
    const walk = (tree, prefix) => {
      for (const e of state.trees.get(tree) ?? []) {
        if (e.type === 'tree') walk(e.sha, `${prefix}${e.name}/`)
        else out.set(`${prefix}${e.name}`, e.sha)
      }
    }
    const commit = state.commits.get(sha)
    if (commit) walk(commit.tree, '')
    return out
  }
  const head = files(state.refs.get(`refs/heads/${pull.head}`))
  const base = files(state.refs.get(`refs/heads/${pull.base}`))
  const paths = new Set([...head.keys(), ...base.keys()])
  return [...paths]
    .filter(p => head.get(p) !== base.get(p))
    .map(filename => ({ filename, status: head.has(filename) ? 'modified' : 'removed' }))
}

const commentJson = c => ({ id: c.id, body: c.body, user: { login: c.user } })
